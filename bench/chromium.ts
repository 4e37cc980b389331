// What the browser benchmarks share: the built renderer served over HTTP, Debian's Chromium, a generated
// story opened in Copydesk through the real main-process handlers, and keystrokes typed in the middle of it.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { serializeArticleFile } from '../src/shared/article/fileFormat'
import type { ArticleDocument } from '../src/shared/article/document'
import { serveLikeApp } from '../tests/support/appServer'
import { MainProcess } from '../tests/support/bridge'
import { repoRoot } from '../tests/support/paths'
import { percentile } from './results'

/** Where serveBuiltPages listens: a port the system chose, so two runs on one machine never collide. */
let origin = ''
const appUrl = (): string => `${origin}/app/index.html`
const bareUrl = (): string => `${origin}/bare/index.html`

/**
 * Serves out/renderer under /app/ through the app's own app:// handler (same files, MIME types and CSP as
 * in Electron) and the bare TipTap page (out/bench-bare) under /bare/.
 */
export async function serveBuiltPages(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    const bare = path.startsWith('/bare/')
    const [root, rest] = bare ? ['out/bench-bare', path.slice(5)] : ['out/renderer', path.replace(/^\/app\//, '/')]
    void serveLikeApp(request, response, join(repoRoot, root), rest, { withCsp: !bare })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return server
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
}

/** tsx keeps function names with an `__name` helper that functions sent to the page would miss. */
const NAME_HELPER = 'window.__name = (target) => target'

export async function newBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.addInitScript(NAME_HELPER)
  page.on('pageerror', (error) => console.error('page error:', error.message))
  page.on('console', (message) => message.type() === 'error' && console.error('console:', message.text()))
  return page
}

export interface OpenedStory {
  /** Milliseconds from Ctrl+O to marks and the Quotes panel drawn: the median of OPENS opens. */
  openMs: number
  /** The longest main-thread task (ms) from Ctrl+O until the first analysis is drawn, over all the opens; 0 if none reached 50 ms. */
  longestTaskMs: number
  close: () => Promise<void>
}

/** How many times the story is opened; the first open also pays for compiling the code it runs. */
const OPENS = 3

/** Saves `article` to a temporary folder and opens it in Copydesk with Ctrl+O, as a user would, OPENS times. */
export async function openInCopydesk(page: Page, article: ArticleDocument): Promise<OpenedStory> {
  const home = mkdtempSync(join(tmpdir(), 'copydesk-bench-browser-'))
  const path = join(home, 'story.copydesk')
  writeFileSync(path, serializeArticleFile(article))
  const main = new MainProcess(join(home, 'userData'), home)
  await main.attach(page)
  await page.goto(appUrl())
  await page.locator('.app[aria-busy="false"]').waitFor()
  const times: number[] = []
  let longestTaskMs = 0
  for (let i = 0; i < OPENS; i++) {
    // Each open draws a new workspace; the old one is marked so that only the new one is waited for.
    await page.evaluate(() => document.querySelector('.workspace')?.setAttribute('data-bench-replaced', ''))
    main.dialogs.answers.open.push(path)
    await recordLongTasks(page)
    const started = Date.now()
    await page.keyboard.press('Control+o')
    await page.waitForFunction(
      () => {
        const workspace = document.querySelector('.workspace:not([data-bench-replaced])')
        return !!workspace?.querySelector('.cd-quote') && /Quotes \([1-9]/.test(workspace.querySelector('[role=tablist]')?.textContent ?? '')
      },
      undefined,
      { polling: 'raf', timeout: 120_000 }
    )
    times.push(Date.now() - started)
    // The first background analysis finishes before anything else, as it would for a writer after opening.
    await page.locator('.workspace:not([data-bench-replaced])').getByText(/Review \(\d+\)/).waitFor({ timeout: 120_000 })
    longestTaskMs = Math.max(longestTaskMs, await longestTask(page))
  }
  return {
    openMs: percentile(times, 0.5),
    longestTaskMs,
    close: async () => {
      await page.close()
      rmSync(home, { recursive: true, force: true })
    }
  }
}

/**
 * Opens the bare TipTap page with `article`'s body OPENS times; fails unless it holds the same text as
 * Copydesk's editor. Answers the median time from handing over the body to the first frame drawn with it.
 */
export async function openInBareTipTap(page: Page, article: ArticleDocument, copydeskTextLength: number): Promise<number> {
  await page.goto(bareUrl())
  const times: number[] = []
  for (let i = 0; i < OPENS; i++) {
    const { length, ms } = await page.evaluate(async (body) => {
      const started = performance.now()
      const length = (window as unknown as { loadBody: (b: unknown) => number }).loadBody(body)
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      return { length, ms: performance.now() - started }
    }, article.body)
    if (length !== copydeskTextLength) throw new Error(`The bare TipTap page holds ${length} characters of text, Copydesk ${copydeskTextLength}: not the same story`)
    times.push(ms)
  }
  return percentile(times, 0.5)
}

/** Characters of text in the editor, to check that two pages hold the same story. */
export const editorTextLength = (page: Page): Promise<number> => page.evaluate(() => document.querySelector('.ProseMirror')?.textContent?.length ?? 0)

/** Puts the caret at the end of the middle paragraph of the editor matched by `selector`. */
export async function caretInMiddle(page: Page, selector: string): Promise<void> {
  const paragraphs = page.locator(`${selector} p`)
  await paragraphs.nth(Math.floor((await paragraphs.count()) / 2)).click()
  await page.keyboard.press('End')
}

/** Types `count` keystrokes: words of a's separated by spaces. */
export async function typeWords(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await page.keyboard.press(i % 7 === 6 ? 'Space' : 'KeyA')
}

/**
 * Starts recording the main thread's long tasks. The Long Tasks API reports only tasks of 50 ms or more, so
 * a longest task of 0 means none reached 50 ms.
 */
async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; end: number }[]; __longTaskObserver?: PerformanceObserver }
    w.__longTasks = []
    w.__longTaskObserver?.disconnect()
    w.__longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration })
    })
    w.__longTaskObserver.observe({ type: 'longtask', buffered: false })
  })
}

/**
 * The longest task since recordLongTasks, once the tasks still queued have run and been reported. Tasks in
 * which the test bridge delivered a reply from main are left out: they time Playwright's transport of a
 * 50,000-word story, which Electron's IPC does not share; the app's own work on a reply runs in later tasks.
 */
async function longestTask(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)))
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; end: number }[]; __copydeskBridgeDeliveries?: number[] }
    const deliveries = w.__copydeskBridgeDeliveries ?? []
    const appTasks = w.__longTasks.filter((task) => !deliveries.some((at) => at >= task.start && at <= task.end))
    return Math.max(0, ...appTasks.map((task) => task.end - task.start))
  })
}

/**
 * In the page: keydown → first DOM mutation of the editor, per keystroke. The previous round's listener and
 * observer are removed first, so each keystroke gives one sample, not one per round so far.
 */
async function recordKeystrokeLatency(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __latencies: number[]; __stopLatency?: () => void }
    w.__stopLatency?.()
    w.__latencies = []
    let pending: number | null = null
    const onKeydown = (event: KeyboardEvent): void => void (pending = event.timeStamp)
    window.addEventListener('keydown', onKeydown, true)
    const observer = new MutationObserver(() => {
      if (pending !== null) w.__latencies.push(performance.now() - pending)
      pending = null
    })
    observer.observe(document.querySelector(sel)!, { childList: true, subtree: true, characterData: true })
    w.__stopLatency = () => {
      window.removeEventListener('keydown', onKeydown, true)
      observer.disconnect()
    }
  }, selector)
}

/** Time after the last keystroke in which the work that waits for a pause (counts, analysis) is watched. */
const SETTLE_MS = 1_500

/**
 * Types `keystrokes` keys in the middle of the editor: the keystroke-to-DOM latency of each, and the longest
 * task from the first keystroke until the work typing triggers (word counts, re-analysis) has settled.
 */
export async function measureTyping(page: Page, selector: string, keystrokes: number): Promise<{ latencies: number[]; longest: number }> {
  await caretInMiddle(page, selector)
  await recordKeystrokeLatency(page, selector)
  await recordLongTasks(page)
  await typeWords(page, keystrokes)
  await page.waitForTimeout(SETTLE_MS)
  const longest = await longestTask(page)
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies)
  return { latencies, longest }
}

/**
 * Start-up: a fresh page load until the user can type in the story the system handed over (the last story, double
 * clicked), or until the start screen lists the recent stories when `article` is null. Milliseconds from the
 * page's navigation start, measured in the page; the median of OPENS loads.
 */
export async function measureStartup(browser: Browser, article: ArticleDocument | null): Promise<number> {
  const home = mkdtempSync(join(tmpdir(), 'copydesk-bench-startup-'))
  const path = join(home, 'story.copydesk')
  if (article) writeFileSync(path, serializeArticleFile(article))
  const times: number[] = []
  for (let i = 0; i < OPENS; i++) {
    const page = await newBenchPage(browser)
    const main = new MainProcess(join(home, 'userData'), home)
    await main.attach(page)
    // Not the first start (which shows the sample story): the launch file, or the start screen.
    main.settings.update({ sampleShown: true })
    main.launchFile = article ? path : null
    await page.goto(appUrl())
    times.push(
      await page.evaluate(
        (story) =>
          new Promise<number>((resolve) => {
            const ready = (): boolean =>
              story
                ? !!document.querySelector('.ProseMirror[contenteditable="true"]')
                : !!document.querySelector('.start-screen .recent-list, .start-screen .start-empty:not(:empty)') && !/Reading/.test(document.querySelector('.start-screen')?.textContent ?? '')
            const poll = (): void => (ready() ? resolve(performance.now()) : void requestAnimationFrame(poll))
            poll()
          }),
        article !== null
      )
    )
    await page.close()
  }
  rmSync(home, { recursive: true, force: true })
  return percentile(times, 0.5)
}
