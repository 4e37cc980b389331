// npm run bench:quotes — scores the analysis engine on labelled text and times it on generated articles.
// Each collection has a development half (rules are written against it) and a held-out half (only reported).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { analyzeText } from '../src/shared/analysis'
import type { GoldQuote } from '../src/shared/analysis/eval/gold'
import { reanalyse } from '../src/shared/analysis/incremental'
import { scoreTexts, type Counts } from '../src/shared/analysis/eval/score'
import { attributionCases, hardNews, newsPages, wikinewsArticles, writtenNews, type LabelledText } from '../tests/support/labelledTexts'
import { repoRoot, samplePath } from '../tests/support/paths'
import { generateArticle } from './generateArticle'
import { percentile } from './results'

function scoreAll(texts: LabelledText[]): Counts & { texts: number } {
  return { texts: texts.length, ...scoreTexts(texts) }
}

/** The sample story, scored against its hand-written expectations (quotations in marks only). */
function sampleStory(): LabelledText {
  const text = readFileSync(samplePath, 'utf8')
  const expected = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/sample-story.expected.json'), 'utf8')) as { quotes: { kind: string; text: string; speaker: string | null }[] }
  const gold: GoldQuote[] = expected.quotes
    .filter((q) => q.kind !== 'paraphrase')
    .map((q) => ({ start: text.indexOf(q.text), end: text.indexOf(q.text) + q.text.length, kind: q.kind === 'partial' ? 'partial' : 'direct', speakers: q.speaker ? [q.speaker] : [], anonymous: false }))
  return { name: 'sample story', text, gold }
}

const collections = [
  { name: 'Wikinews, development', ...scoreAll(wikinewsArticles('development')) },
  { name: 'Wikinews, held out', ...scoreAll(wikinewsArticles('held-out')) },
  { name: 'News pages, development', ...scoreAll(newsPages('development')) },
  { name: 'News pages, held out', ...scoreAll(newsPages('held-out')) },
  { name: 'Written news, development', ...scoreAll(writtenNews('development')) },
  { name: 'Written news, held out', ...scoreAll(writtenNews('held-out')) },
  { name: 'Hard news, development', ...scoreAll(hardNews('development')) },
  { name: 'Hard news, held out', ...scoreAll(hardNews('held-out')) },
  { name: 'Written cases, development', ...scoreAll(attributionCases('development')) },
  { name: 'Written cases, held out', ...scoreAll(attributionCases('held-out')) },
  { name: 'Sample story', ...scoreAll([sampleStory()]) }
]

function time(words: number): { words: number; medianMs: number; p95Ms: number; quotes: number } {
  const text = generateArticle(words)
  const actualWords = text.split(/\s+/).length
  for (let i = 0; i < 5; i++) analyzeText(text)
  const samples: number[] = []
  let quotes = 0
  for (let i = 0; i < 30; i++) {
    const start = performance.now()
    quotes = analyzeText(text).quotes.length
    samples.push(performance.now() - start)
  }
  return { words: actualWords, medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), quotes }
}
const timings = [time(2_000), time(10_000), time(50_000)]

/** A keystroke: a letter typed in a paragraph at a different place each time, re-analysed from the last analysis. */
function timeKeystroke(words: number): { words: number; medianMs: number; p95Ms: number; full: number } {
  const text = generateArticle(words).replace(/\n+/g, '\n\n')
  const previous = analyzeText(text)
  const samples: number[] = []
  let full = 0
  for (let i = 0; i < 60; i++) {
    const at = Math.floor(((i * 7919) % 1000) / 1000 * text.length)
    const edited = text.slice(0, at) + 'x' + text.slice(at)
    const start = performance.now()
    const result = reanalyse(previous, edited)
    samples.push(performance.now() - start)
    if (!result) full++
  }
  return { words, medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), full }
}
const keystrokes = [timeKeystroke(10_000), timeKeystroke(50_000)]

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)}%`)
const table = [
  '| labelled text | texts | quotes (speech) | recall | precision | direct precision | speaker, strict | speaker, surname | false “unattributed” | anonymous flagged |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...collections.map(
    (c) =>
      `| ${c.name} | ${c.texts} | ${c.gold} | ${percent(c.found, c.gold)} | ${percent(c.correctPredicted, c.predicted)} | ${percent(c.correctDirect, c.predictedDirect)} | ${percent(c.speakerStrict, c.gold)} | ${percent(c.speakerLenient, c.gold)} | ${c.falseUnattributed} | ${c.anonymousFlagged}/${c.anonymousGold} |`
  ),
  '',
  'Recall: speech quotations found (a title or term in marks is not speech). Precision: reported quotations that are speech (direct precision: of those reported as direct quotes). Speaker accuracy is out of all speech quotations (a missed one counts as wrong); strict compares the whole name, surname compares last words.',
  '',
  '| generated article | quotes found | analysis median | p95 |',
  '| ---: | ---: | ---: | ---: |',
  ...timings.map((t) => `| ${t.words.toLocaleString('en')} words | ${t.quotes} | ${t.medianMs.toFixed(1)} ms | ${t.p95Ms.toFixed(1)} ms |`),
  '',
  '| after a keystroke (reanalyse) | median | p95 | edits needing a full analysis |',
  '| ---: | ---: | ---: | ---: |',
  ...keystrokes.map((k) => `| ${k.words.toLocaleString('en')} words | ${k.medianMs.toFixed(2)} ms | ${k.p95Ms.toFixed(2)} ms | ${k.full} of 60 |`)
].join('\n')

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`
mkdirSync(join(repoRoot, 'bench/results'), { recursive: true })
writeFileSync(join(repoRoot, 'bench/results/quotes.json'), JSON.stringify({ machine, date: new Date().toISOString(), collections, timings, keystrokes }, null, 2) + '\n')
writeFileSync(join(repoRoot, 'bench/results/quotes.md'), `${table}\n\n_${machine}_\n`)
console.log(table)
console.log(`\n${machine}`)
