// npm run bench:quotes — scores the analysis engine on the fixtures and times it on a 10,000-word article.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { readFileSync } from 'node:fs'
import { analyzeText } from '../src/shared/analysis'
import { scoreQuotes } from '../src/shared/analysis/eval/score'
import { wikinewsFixtures } from '../tests/support/wikinews'
import { repoRoot, samplePath } from '../tests/support/paths'
import { generateArticle } from './generateArticle'

const rows: { fixture: string; gold: number; found: number; predicted: number; correctPredicted: number; speakerCorrect: number }[] = []
for (const fixture of wikinewsFixtures()) {
  const score = scoreQuotes(analyzeText(fixture.text), fixture.gold)
  rows.push({ fixture: fixture.doc, ...score })
}
// The sample story, scored against the hand-written expectations (quotations in marks only).
const sample = readFileSync(samplePath, 'utf8')
const expected = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/sample-story.expected.json'), 'utf8')) as {
  quotes: { kind: string; text: string; speaker: string | null }[]
}
const sampleGold = expected.quotes
  .filter((q) => q.kind !== 'paraphrase')
  .map((q) => ({ start: sample.indexOf(q.text), end: sample.indexOf(q.text) + q.text.length, speakers: q.speaker ? [q.speaker] : [] }))
rows.push({ fixture: 'sample story', ...scoreQuotes(analyzeText(sample), sampleGold) })

const sum = (key: keyof (typeof rows)[number]): number => rows.reduce((total, row) => total + (row[key] as number), 0)
const recall = sum('found') / sum('gold')
const precision = sum('correctPredicted') / sum('predicted')
const speakerAccuracy = sum('speakerCorrect') / sum('gold')

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
  samples.sort((a, b) => a - b)
  return { words: actualWords, medianMs: samples[15]!, p95Ms: samples[Math.floor(samples.length * 0.95)]!, quotes }
}
const timings = [time(2_000), time(10_000), time(50_000)]

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`
const table = [
  '| fixture | gold quotes | found | speaker right | predicted (in marks) | predicted overlapping gold |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.fixture} | ${r.gold} | ${r.found} | ${r.speakerCorrect} | ${r.predicted} | ${r.correctPredicted} |`),
  `| **all** | **${sum('gold')}** | **${sum('found')}** | **${sum('speakerCorrect')}** | **${sum('predicted')}** | **${sum('correctPredicted')}** |`,
  '',
  `Quote recall **${percent(recall)}** (target ≥ 95%), speaker accuracy **${percent(speakerAccuracy)}** (target ≥ 90%), precision against the gold ${percent(precision)} (the GUM gold leaves some quotations unmarked, so this understates it).`,
  '',
  '| generated article | quotes found | analysis median | p95 |',
  '| ---: | ---: | ---: | ---: |',
  ...timings.map((t) => `| ${t.words.toLocaleString('en')} words | ${t.quotes} | ${t.medianMs.toFixed(1)} ms | ${t.p95Ms.toFixed(1)} ms |`)
].join('\n')

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`
mkdirSync(join(repoRoot, 'bench/results'), { recursive: true })
writeFileSync(
  join(repoRoot, 'bench/results/quotes.json'),
  JSON.stringify({ machine, date: new Date().toISOString(), recall, precision, speakerAccuracy, fixtures: rows, timings }, null, 2) + '\n'
)
writeFileSync(join(repoRoot, 'bench/results/quotes.md'), `${table}\n\n_${machine}_\n`)
console.log(table)
console.log(`\n${machine}`)
const tenThousand = timings[1]!
if (recall < 0.95 || speakerAccuracy < 0.9 || tenThousand.medianMs >= 50) {
  console.error('\nA target was missed.')
  process.exitCode = 1
}
