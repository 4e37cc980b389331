import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/** Builds the bare TipTap page that typing latency is compared against. */
export default defineConfig({
  root: resolve('bench/bare'),
  base: './',
  build: { outDir: resolve('out/bench-bare'), emptyOutDir: true }
})
