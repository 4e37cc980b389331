import { defineConfig } from '@playwright/test'

/** The real app in Electron's own window (run by tests/electron/run.mjs only when a binary exists). */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  timeout: 90_000,
  reporter: [['list']]
})
