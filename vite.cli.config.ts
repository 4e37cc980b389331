import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'

/** The copydesk command line: one ES module for plain Node, no Electron. */
export default defineConfig({
  build: {
    ssr: 'src/cli/index.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'zod'],
      output: { format: 'es', entryFileNames: 'index.js' }
    }
  }
})
