import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { invokeChannels, splitChannel } from '../../src/shared/ipc'
import { repoRoot } from '../support/paths'

/** What window.copydesk must hold: one group per channel prefix of the contract, and the event subscriptions. */
const bridgeKeys = [...new Set(Object.keys(invokeChannels).map((channel) => splitChannel(channel)[0])), 'on'].sort()

let home: string
let app: ElectronApplication
let page: Page
const mod = process.platform === 'darwin' ? 'Meta' : 'Control'

test.beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'copydesk-electron-'))
  app = await electron.launch({
    executablePath: process.env.COPYDESK_ELECTRON_BINARY,
    // Chromium refuses to run its sandbox as root (as CI does); elsewhere the sandbox stays on.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), join(repoRoot, 'out/main/index.js')],
    env: { ...process.env, COPYDESK_USER_DATA: join(home, 'userData') }
  })
  page = await app.firstWindow()
})

test.afterEach(async () => {
  await app.close().catch(() => undefined)
  await rm(home, { recursive: true, force: true })
})

/** Native dialogs cannot be clicked by Playwright; answer them in the main process instead. */
async function answerDialogs(answers: { save?: string; open?: string; unsaved?: 'save' | 'discard' | 'cancel' }): Promise<void> {
  await app.evaluate(({ dialog }, a) => {
    if (a.save) dialog.showSaveDialog = (async () => ({ canceled: false, filePath: a.save })) as typeof dialog.showSaveDialog
    if (a.open) dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [a.open] })) as typeof dialog.showOpenDialog
    if (a.unsaved) {
      const response = ['save', 'discard', 'cancel'].indexOf(a.unsaved)
      dialog.showMessageBox = (async () => ({ response, checkboxChecked: false })) as typeof dialog.showMessageBox
    }
  }, answers)
}

test('draft, save, reopen in the real window', async () => {
  await expect(page.getByLabel('Headline')).toHaveValue(/Foreign Ministry/)
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle())).toBe('Untitled (Draft) — Copydesk')

  // The page comes from the app's own privileged scheme, not file://, and the analysis module worker loads
  // there (its flags are the worker's results).
  expect(await page.evaluate(() => [location.protocol, location.href])).toEqual(['app:', 'app://copydesk/index.html'])
  await expect(page.getByTestId('flag').filter({ hasText: 'Andrei Krutsky is introduced twice' })).toBeVisible()
  // Nothing outside the bundled renderer folder is served.
  expect(await page.evaluate(() => fetch('app://copydesk/..%2f..%2fpackage.json').then((r) => r.status))).toBe(404)

  // The page has the bridge and nothing else of Node or Electron.
  expect(await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])).toEqual(['undefined', 'undefined'])
  expect(await page.evaluate(() => Object.keys(window.copydesk).sort())).toEqual(bridgeKeys)

  await page.keyboard.press(`${mod}+n`)
  await page.getByLabel('Headline').fill('Electron journey')
  await page.locator('.ProseMirror').click()
  await page.keyboard.type('Every word must come back.')
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle())).toBe('• Untitled (Draft) — Copydesk')

  const path = join(home, 'journey.copydesk')
  await answerDialogs({ save: path })
  await page.keyboard.press(`${mod}+s`)
  await expect(page.getByTestId('document-name')).toHaveText('journey.copydesk')
  expect(await readFile(path, 'utf8')).toContain('Every word must come back.')

  await page.keyboard.press(`${mod}+n`)
  await answerDialogs({ open: path })
  await page.keyboard.press(`${mod}+o`)
  await expect(page.getByLabel('Headline')).toHaveValue('Electron journey')
  await expect(page.locator('.ProseMirror')).toHaveText('Every word must come back.')
  await page.screenshot({ path: join(repoRoot, 'test-results/electron/journey.png') })
})

test('closing with unsaved changes asks, and Cancel keeps the window', async () => {
  await page.locator('.ProseMirror').click()
  await page.keyboard.type('Unsaved. ')
  await answerDialogs({ unsaved: 'cancel' })
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close())
  await expect(page.locator('.ProseMirror')).toContainText('Unsaved.')
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)

  await answerDialogs({ unsaved: 'discard' })
  const closed = app.waitForEvent('close')
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close())
  await closed
})

test('navigation and new windows are refused', async () => {
  await page.evaluate(() => window.open('https://example.org'))
  await page.evaluate(() => (location.href = 'https://example.org'))
  await expect.poll(() => app.windows().length).toBe(1)
  expect(page.url()).toBe('app://copydesk/index.html')
})
