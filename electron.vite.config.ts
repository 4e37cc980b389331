import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { contentSecurityPolicy } from './src/main/contentSecurityPolicy'

/** Writes the page's Content-Security-Policy (src/main/contentSecurityPolicy.ts) into index.html. */
function contentSecurityPolicyMeta(): Plugin {
  let dev = false
  return {
    name: 'copydesk-csp',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transformIndexHtml: (html) => html.replace('%CONTENT_SECURITY_POLICY%', contentSecurityPolicy(dev))
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: resolve('src/main/index.ts') }
    }
  },
  preload: {
    build: {
      // A sandboxed preload can only be a single CommonJS file that requires nothing but electron.
      externalizeDeps: false,
      rollupOptions: {
        input: resolve('src/preload/index.ts'),
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      // electron-vite leaves bundles unminified; the page's 2 MB script took about 0.4 s to parse and run before the
      // first paint (bench:browser startup), half of what minifying it costs.
      minify: true,
      rollupOptions: { input: resolve('src/renderer/index.html') }
    }
  }
})
