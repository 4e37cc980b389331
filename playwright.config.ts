import { createServer } from 'node:net'
import { defineConfig } from '@playwright/test'

/** A port nobody is listening on, so a second run on the same machine never meets EADDRINUSE. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

// Chosen once by the runner; its workers inherit the variable and so load the same port.
process.env.E2E_PORT ??= String(await freePort())
const port = Number(process.env.E2E_PORT)

/** End-to-end: the built renderer in Debian's Chromium, with window.copydesk routed to the real main-process handlers. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    },
    trace: 'retain-on-failure'
  },
  webServer: {
    command: 'npx tsx tests/support/serveRenderer.ts',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false
  }
})
