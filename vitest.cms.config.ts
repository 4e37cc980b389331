import { defineConfig } from 'vitest/config'

/** The tests against a real WordPress (tests/cms): they start one, so they run on their own (npm run test:cms). */
export default defineConfig({
  test: {
    include: ['tests/cms/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000
  }
})
