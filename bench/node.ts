// npm run bench:node — analysis, every export and saving, in Node, on generated articles.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeArticle } from '../src/node/articleFile'
import { analyzeText } from '../src/shared/analysis'
import { reanalyse } from '../src/shared/analysis/incremental'
import { bodyText } from '../src/shared/article/stats'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../src/shared/export'
import { generateDocument } from './generateDocument'
import { medianMs, percentile, recordResults, type BenchResult } from './results'

const results: BenchResult[] = []
const folder = mkdtempSync(join(tmpdir(), 'copydesk-bench-'))
for (const target of [2_000, 10_000, 50_000]) {
  const document = generateDocument(target)
  const text = bodyText(document.body, '\n\n')
  const words = text.split(/\s+/).length
  const add = (name: string, value: number): void => void results.push({ name, words: target, value, unit: 'ms', baseline: null })
  add('analysis.full', medianMs(() => analyzeText(text), target > 20_000 ? 5 : 20))
  // What one keystroke costs the engine: one letter more in the middle, re-analysed from the last analysis as
  // the app's worker does once typing pauses (only the edited paragraph and its neighbour are read again).
  const middle = Math.floor(text.length / 2)
  const typed = `${text.slice(0, middle)}a${text.slice(middle)}`
  const previous = analyzeText(text)
  add('analysis.keystroke', medianMs(() => reanalyse(previous, typed) ?? analyzeText(typed), 20))
  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) add(`export.${format}`, medianMs(() => exportArticle(document, format)))
  // Serialise and write atomically (fsync included), as Save does.
  const path = join(folder, `story-${target}.copydesk`)
  const samples: number[] = []
  for (let i = 0; i < 10; i++) {
    const start = performance.now()
    await writeArticle(path, document)
    samples.push(performance.now() - start)
  }
  add('save', percentile(samples, 0.5))
  console.log(`${target} words generated (${words} counted, ${document.sources.length} sources)`)
}
rmSync(folder, { recursive: true, force: true })
recordResults(results)
