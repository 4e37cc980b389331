import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { MainProcess } from '../support/bridge'
import { repoRoot } from '../support/paths'

interface Fixtures {
  /** A temporary folder standing in for the user's home: userData/ and Documents/ live here. */
  home: string
  main: MainProcess
  /** The app page, started, with every console error and page error collected. */
  app: Page
  pageErrors: string[]
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  home: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  main: async ({ home }, use) => {
    await use(new MainProcess(join(home, 'userData'), home))
  },
  // eslint-disable-next-line no-empty-pattern
  pageErrors: async ({}, use) => {
    const errors: string[] = []
    await use(errors)
    // A CSP violation, a React error or an uncaught exception is a failure even if the screen looked fine.
    expect(errors).toEqual([])
  },
  app: async ({ page, main, pageErrors }, use) => {
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text())
    })
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await main.attach(page)
    await openApp(page)
    await use(page)
  }
})

export async function openApp(page: Page): Promise<void> {
  await page.goto('/index.html')
  await expect(page.locator('.app')).toHaveAttribute('aria-busy', 'false')
}

/**
 * Where screenshots go: an ignored folder, so `npm test` never rewrites tracked files. `npm run screenshots`
 * points SCREENSHOT_DIR at docs/screenshots to refresh the README's images.
 */
const screenshotDir = resolve(repoRoot, process.env.SCREENSHOT_DIR ?? 'test-results/screenshots')

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) })
}

/** The body editor. */
export const body = (page: Page) => page.locator('.ProseMirror')

/**
 * The caret at the story's start, as a click there and Ctrl+Home put it. The story is scrolled to its top first:
 * a jump may have left it scrolled so far that its top corner is under the toolbar, and the click would miss.
 */
export async function caretToStoryStart(page: Page): Promise<void> {
  await body(page).evaluate((editor) => {
    for (let box = editor.parentElement; box; box = box.parentElement) if (box.scrollHeight > box.clientHeight) box.scrollTop = 0
  })
  await body(page).click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Control+Home')
}
export const mod = process.platform === 'darwin' ? 'Meta' : 'Control'

export { expect }

/**
 * Selects the first occurrence of `words` in the story, as a drag of the mouse would (the words may cross
 * marks and formatting), and waits until the editor has taken the selection.
 */
export async function selectWords(page: Page, words: string): Promise<void> {
  await body(page).evaluate((root, wanted) => {
    const texts: Text[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) texts.push(walker.currentNode as Text)
    const whole = texts.map((t) => t.data).join('')
    const start = whole.indexOf(wanted)
    if (start === -1) throw new Error(`“${wanted}” is not in the story`)
    const at = (offset: number): [Text, number] => {
      for (const text of texts) {
        if (offset <= text.data.length) return [text, offset]
        offset -= text.data.length
      }
      throw new Error('past the end')
    }
    const range = document.createRange()
    range.setStart(...at(start))
    range.setEnd(...at(start + wanted.length))
    ;(root as HTMLElement).focus()
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
  }, words)
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(words)
  // The editor reads the selection on the browser's selectionchange, which is queued: let it run.
  await page.evaluate(() => new Promise(requestAnimationFrame))
}

/**
 * Goes on past the gate an export or a copy meets when quotes are not verified ("Export anyway", "Copy anyway"),
 * after checking it lists `open` of them.
 */
export async function passReviewGate(page: Page, action: 'Export' | 'Copy' | 'Send', open: number): Promise<void> {
  const gate = page.getByRole('dialog', { name: /review is not finished/ })
  await expect(gate.getByRole('listitem')).toHaveCount(open)
  await gate.getByRole('button', { name: `${action} anyway` }).click()
}
