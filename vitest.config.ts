import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and tests/electron and must not be collected here.
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000
  }
})
