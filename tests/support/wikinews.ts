import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GoldQuote } from '../../src/shared/analysis/eval/score'
import { repoRoot } from './paths'

const folder = join(repoRoot, 'tests/fixtures/wikinews')

export interface WikinewsFixture {
  doc: string
  text: string
  gold: GoldQuote[]
}

/** The Wikinews articles with gold quotation spans and the team's speaker labels. */
export function wikinewsFixtures(): WikinewsFixture[] {
  const { labels } = JSON.parse(readFileSync(join(folder, 'speakers.json'), 'utf8')) as { labels: Record<string, string[][]> }
  return readFileSync(join(folder, 'quote-spans.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { doc: string; quotes: { start: number; end: number }[] })
    .filter(({ doc }) => labels[doc] !== undefined)
    .map(({ doc, quotes }) => ({
      doc,
      text: readFileSync(join(folder, 'text', `${doc}.txt`), 'utf8'),
      gold: quotes.map((q, i) => ({ start: q.start, end: q.end, speakers: labels[doc]![i]! }))
    }))
}
