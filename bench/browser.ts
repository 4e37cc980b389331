// npm run bench:browser — in Debian's Chromium: time to open, typing latency (Copydesk with every extension
// and panel, and bare TipTap StarterKit on the same text), the longest main-thread task, and JS heap.
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { serializeArticleFile } from '../src/shared/article/fileFormat'
import { MainProcess } from '../tests/support/bridge'
import { repoRoot } from '../tests/support/paths'
import { generateDocument } from './generateDocument'
import { recordResults, type BenchResult } from './results'

const KEYSTROKES = 300
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://x').pathname
  const [base, rest] = url.startsWith('/bare/') ? ['out/bench-bare', url.slice(6)] : ['out/renderer', url.replace(/^\/app\//, '')]
  const file = normalize(join(repoRoot, base, rest || 'index.html'))
  try {
    const content = readFileSync(file)
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(content)
  } catch {
    response.writeHead(404).end()
  }
})
await new Promise<void>((resolve) => server.listen(4199, '127.0.0.1', resolve))
/** tsx keeps function names with an `__name` helper that functions sent to the page would miss. */
const NAME_HELPER = 'window.__name = (target) => target'
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info']
})

/** In the page: keydown → first DOM mutation of the editor, per keystroke; and the longest task seen. */
async function installRecorder(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __latencies: number[]; __longest: number }
    w.__latencies = []
    w.__longest = 0
    let pending: number | null = null
    window.addEventListener('keydown', (event) => (pending = event.timeStamp), true)
    new MutationObserver(() => {
      if (pending !== null) w.__latencies.push(performance.now() - pending)
      pending = null
    }).observe(document.querySelector(sel)!, { childList: true, subtree: true, characterData: true })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration)
    }).observe({ type: 'longtask', buffered: false })
  }, selector)
}

async function typeInMiddle(page: Page, selector: string): Promise<{ p50: number; p95: number; longest: number }> {
  const paragraphs = page.locator(`${selector} p`)
  await paragraphs.nth(Math.floor((await paragraphs.count()) / 2)).click()
  await page.keyboard.press('End')
  await installRecorder(page, selector)
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.press(i % 7 === 6 ? 'Space' : 'KeyA')
  const { latencies, longest } = await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __longest: number }
    return { latencies: w.__latencies, longest: w.__longest }
  })
  const sorted = [...latencies].sort((a, b) => a - b)
  return { p50: sorted[Math.floor(sorted.length * 0.5)]!, p95: sorted[Math.floor(sorted.length * 0.95)]!, longest }
}

const heapMb = (page: Page): Promise<number> =>
  page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1024 / 1024)

const results: BenchResult[] = []
for (const words of (process.env.BENCH_SIZES ?? '2000,10000,50000').split(',').map(Number)) {
  const home = mkdtempSync(join(tmpdir(), 'copydesk-bench-browser-'))
  const article = generateDocument(words)
  const path = join(home, 'story.copydesk')
  writeFileSync(path, serializeArticleFile(article))
  const add = (name: string, value: number, unit: 'ms' | 'MB' = 'ms', baseline: number | null = null): void =>
    void results.push({ name, words, value, unit, baseline })

  // Bare TipTap on the same body.
  const bare = await browser.newPage()
  await bare.addInitScript(NAME_HELPER)
  await bare.goto('http://127.0.0.1:4199/bare/index.html')
  await bare.evaluate((body) => (window as unknown as { loadBody: (b: unknown) => void }).loadBody(body), article.body)
  const bareTyping = await typeInMiddle(bare, '.ProseMirror')
  await bare.close()

  // Copydesk, with the real main-process handlers behind window.copydesk.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.addInitScript(NAME_HELPER)
  page.on('pageerror', (error) => console.error('page error:', error.message))
  page.on('console', (message) => message.type() === 'error' && console.error('console:', message.text()))
  const main = new MainProcess(join(home, 'userData'), home)
  await main.attach(page)
  await page.goto('http://127.0.0.1:4199/app/index.html')
  await page.locator('.app[aria-busy="false"]').waitFor()
  main.dialogs.answers.open.push(path)
  const started = Date.now()
  await page.keyboard.press('Control+o')
  await page.waitForFunction(() => document.querySelectorAll('.cd-quote').length > 0 && /Quotes \([1-9]/.test(document.querySelector('[role=tablist]')?.textContent ?? ''), undefined, { polling: 'raf', timeout: 120_000 })
  add('open', Date.now() - started)
  // Let the first background analysis finish before measuring typing, as a writer would after opening.
  await page.getByText(/Review \(\d+\)/).waitFor({ timeout: 120_000 })
  add('heap.open', await heapMb(page), 'MB')
  const typing = await typeInMiddle(page, '.ProseMirror')
  add('typing.p50', typing.p50, 'ms', bareTyping.p50)
  add('typing.p95', typing.p95, 'ms', bareTyping.p95)
  add('longtask.max', typing.longest, 'ms', bareTyping.longest)
  add('heap.typing', await heapMb(page), 'MB')
  await page.close()
  rmSync(home, { recursive: true, force: true })
  console.log(`${words} words: open ${results.find((r) => r.name === 'open' && r.words === words)!.value} ms, typing p95 ${typing.p95.toFixed(2)} ms (bare ${bareTyping.p95.toFixed(2)})`)
}
await browser.close()
server.close()
recordResults(results)
