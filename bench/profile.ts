// npm run bench:profile [-- words [bare]] — where typing time goes. Types in the middle of a generated story in
// Copydesk (or, with "bare", on the bare TipTap page) with a CDP trace running, then prints main-thread time by
// trace event (script, style, layout, paint…) and the JavaScript functions with the most self time. The trace
// is kept in out/ for DevTools. TRACE_CATEGORIES=a,b,… replaces the trace categories (e.g. '*' for everything).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../tests/support/paths'
import { caretInMiddle, editorTextLength, openInBareTipTap, launchChromium, newBenchPage, openInCopydesk, serveBuiltPages, typeWords } from './chromium'
import { generateDocument } from './generateDocument'

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
  cat: string
  args?: { data?: { cpuProfile?: CpuProfile; timeDeltas?: number[] } }
}
interface CpuProfile {
  nodes?: { id: number; callFrame: { functionName: string; url?: string; lineNumber: number }; parent?: number }[]
  samples?: number[]
}

const words = Number(process.argv[2] ?? 10_000)
const bare = process.argv[3] === 'bare'
const keystrokes = 200
const server = await serveBuiltPages()
const browser = await launchChromium()
const page = await newBenchPage(browser)
const article = generateDocument(words)
let story = { close: () => page.close() }
if (bare) await openInBareTipTap(page, article, await textLengthInCopydesk())
else story = await openInCopydesk(page, article)

/** The bare page must hold what Copydesk's editor holds: open the story there once to learn its text length. */
async function textLengthInCopydesk(): Promise<number> {
  const copydesk = await newBenchPage(browser)
  const opened = await openInCopydesk(copydesk, article)
  const length = await editorTextLength(copydesk)
  await opened.close()
  return length
}
await caretInMiddle(page, '.ProseMirror')
await typeWords(page, 20) // warm-up: first-keystroke costs are not what is being profiled

const cdp = await page.context().newCDPSession(page)
const events: TraceEvent[] = []
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
await cdp.send('Tracing.start', {
  traceConfig: { includedCategories: process.env.TRACE_CATEGORIES?.split(',') ?? ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'] },
  transferMode: 'ReportEvents'
})
await typeWords(page, keystrokes)
await cdp.send('Tracing.end')
await done
const tracePath = join(repoRoot, `out/typing-${words}${bare ? '-bare' : ''}.trace.json`)
writeFileSync(tracePath, JSON.stringify({ traceEvents: events }))

// The renderer's main thread is the one running the editor's keydown handlers.
const mainThread = events.find((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'keydown')
const onMain = events.filter((e) => e.ph === 'X' && mainThread && e.pid === mainThread.pid && e.tid === mainThread.tid)
const byName = new Map<string, number>()
for (const event of onMain) {
  const type = (event.args?.data as { type?: string } | undefined)?.type
  const name = event.name === 'EventDispatch' ? `EventDispatch ${type}` : event.name
  byName.set(name, (byName.get(name) ?? 0) + (event.dur ?? 0) / 1000)
}
console.log(`\n${words} words, ${keystrokes} keystrokes — main-thread time by trace event (inclusive, ms per keystroke):`)
for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${(ms / keystrokes).toFixed(3).padStart(8)}  ${name}`)

// JavaScript self time from the sampling profiler's chunks.
const nodes = new Map<number, { name: string }>()
const selfMs = new Map<string, number>()
for (const event of events.filter((e) => e.name === 'ProfileChunk')) {
  const { cpuProfile, timeDeltas } = event.args?.data ?? {}
  for (const node of cpuProfile?.nodes ?? []) {
    const { functionName, url, lineNumber } = node.callFrame
    // Built-ins (getBoundingClientRect, setTimeout…) have no script to point at.
    const where = url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''
    nodes.set(node.id, { name: `${functionName || '(anonymous)'}${where}` })
  }
  cpuProfile?.samples?.forEach((id, i) => {
    const name = nodes.get(id)?.name ?? `#${id}`
    selfMs.set(name, (selfMs.get(name) ?? 0) + (timeDeltas?.[i] ?? 0) / 1000)
  })
}
console.log('\nJavaScript self time (ms per keystroke):')
for (const [name, ms] of [...selfMs].filter(([n]) => !/^\((idle|program)\)/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(ms / keystrokes).toFixed(3).padStart(8)}  ${name}`)
console.log(`\nTrace for DevTools' Performance panel: ${tracePath}`)
await story.close()
await browser.close()
server.close()
