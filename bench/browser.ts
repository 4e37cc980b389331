// npm run bench:browser — in Debian's Chromium: time to open, typing latency (Copydesk with every extension
// and panel, and bare TipTap StarterKit on the same text), the longest main-thread task, and JS heap.
import { performance } from 'node:perf_hooks'
import type { Page } from '@playwright/test'
import { editorTextLength, launchChromium, measureStartup, measureTyping, newBenchPage, openInBareTipTap, openInCopydesk, serveBuiltPages } from './chromium'
import { generateDocument } from './generateDocument'
import { percentile, recordResults, type BenchResult } from './results'

/** Keystrokes per round; rounds alternate between Copydesk and bare TipTap so machine noise hits both alike. */
const KEYSTROKES = 300
const ROUNDS = 3

/** JS heap in use after a garbage collection: what the page holds, not what it has yet to free. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

const server = await serveBuiltPages()
const browser = await launchChromium()
const results: BenchResult[] = []
for (const words of (process.env.BENCH_SIZES ?? '2000,10000,50000').split(',').map(Number)) {
  const article = generateDocument(words)
  const add = (name: string, value: number, unit: 'ms' | 'MB' = 'ms', baseline: number | null = null): void =>
    void results.push({ name, words, value, unit, baseline })

  // Start-up: page load until the story handed over at launch can be typed in (issue 15 asks < 1 s at 10,000 words).
  add('startup.story', await measureStartup(browser, article))

  // Copydesk, with the real main-process handlers behind window.copydesk; bare TipTap on the same text.
  const page = await newBenchPage(browser)
  const story = await openInCopydesk(page, article)
  const bare = await newBenchPage(browser)
  add('open', story.openMs, 'ms', await openInBareTipTap(bare, article, await editorTextLength(page)))
  add('longtask.open', story.longestTaskMs)
  // Both pages are collected at the same moments, so neither types with a fresher heap than the other.
  add('heap.open', await heapMb(page), 'MB', await heapMb(bare))

  const copydeskLatencies: number[] = []
  const bareLatencies: number[] = []
  let copydeskLongest = 0
  let bareLongest = 0
  for (let round = 0; round < ROUNDS; round++) {
    const typed = await measureTyping(page, '.ProseMirror', KEYSTROKES)
    copydeskLatencies.push(...typed.latencies)
    copydeskLongest = Math.max(copydeskLongest, typed.longest)
    const bareTyped = await measureTyping(bare, '.ProseMirror', KEYSTROKES)
    bareLatencies.push(...bareTyped.latencies)
    bareLongest = Math.max(bareLongest, bareTyped.longest)
    if (round === 0) add('heap.typing', await heapMb(page), 'MB', await heapMb(bare))
  }
  // Find: every "said" of the story highlighted (hundreds at 50,000 words; the time includes Playwright's round
  // trip), then typing with the find bar open, when each keystroke redraws the matches.
  await page.keyboard.press('Control+f')
  const findStarted = performance.now()
  await page.getByLabel('Find', { exact: true }).fill('said')
  await page.getByTestId('match-count').filter({ hasText: / of / }).waitFor()
  add('find.highlight', performance.now() - findStarted)
  const typedWhileFinding = await measureTyping(page, '.ProseMirror', KEYSTROKES)
  add('typing.p95.find', percentile(typedWhileFinding.latencies, 0.95), 'ms', percentile(bareLatencies, 0.95))
  await story.close()
  await bare.close()

  const p95 = percentile(copydeskLatencies, 0.95)
  const bareP95 = percentile(bareLatencies, 0.95)
  add('typing.p50', percentile(copydeskLatencies, 0.5), 'ms', percentile(bareLatencies, 0.5))
  add('typing.p95', p95, 'ms', bareP95)
  add('longtask.typing', copydeskLongest, 'ms', bareLongest)
  console.log(`${words} words: open ${story.openMs} ms, typing p95 ${p95.toFixed(2)} ms, bare ${bareP95.toFixed(2)} ms (${(p95 / bareP95).toFixed(2)}×)`)
}
// Start-up with no story: page load until the start screen lists the recent stories.
results.push({ name: 'startup.start-screen', words: 0, value: await measureStartup(browser, null), unit: 'ms', baseline: null })
await browser.close()
server.close()
recordResults(results)
