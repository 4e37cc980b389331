import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * The page's Content-Security-Policy. Production allows nothing but the app's own files. Vite's dev server
 * injects styles inline and talks to the page over a websocket, so development relaxes exactly those two.
 */
function contentSecurityPolicy(): Plugin {
  const policy = (dev: boolean): string =>
    [
      "default-src 'none'",
      "script-src 'self'",
      `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
      "img-src 'self' data: blob:",
      "font-src 'self'",
      `connect-src 'self'${dev ? ' ws://localhost:*' : ''}`,
      "base-uri 'none'",
      "form-action 'none'",
      "object-src 'none'"
    ].join('; ')
  let dev = false
  return {
    name: 'copydesk-csp',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transformIndexHtml: (html) => html.replace('%CONTENT_SECURITY_POLICY%', policy(dev))
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
    plugins: [react(), contentSecurityPolicy()],
    build: {
      rollupOptions: { input: resolve('src/renderer/index.html') }
    }
  }
})
