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
      // Node built-ins and every package stay imports: the CLI runs from the installed node_modules.
      external: (id) => builtinModules.includes(id) || id.startsWith('node:') || /^[a-z@][^:]*$/i.test(id) && !id.startsWith('/'),
      output: { format: 'es', entryFileNames: 'index.js' }
    }
  }
})
