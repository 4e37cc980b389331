import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { goldSpans, type GoldQuote, type LabelledQuote } from '../../src/shared/analysis/eval/gold'
import { repoRoot } from './paths'

const folder = join(repoRoot, 'tests/fixtures/wikinews')

export interface LabelledText {
  name: string
  text: string
  gold: GoldQuote[]
}

/**
 * The half of the Wikinews articles the engine is developed on: the twelve the team labelled first, which the
 * rules were written against. The other twelve (labelled later, by other readers) are held out: scored only to
 * report, never read to write a rule.
 */
export const WIKINEWS_DEVELOPMENT = [
  'GUM_news_afghan', 'GUM_news_asylum', 'GUM_news_clock', 'GUM_news_crane', 'GUM_news_defector', 'GUM_news_homeopathic',
  'GUM_news_iodine', 'GUM_news_korea', 'GUM_news_questionnaire', 'GUM_news_sensitive', 'GUM_news_soccer', 'GUM_news_taxes'
]

/**
 * The half of the news pages (real articles from Readability's test pages) the engine is developed on: every
 * other page in alphabetical order. The rest are held out.
 */
export const NEWS_PAGES_DEVELOPMENT = [
  'aclu', 'bbc-1', 'buzzfeed-1', 'cnn', 'herald-sun-1', 'msn', 'nytimes-2', 'quanta-1', 'seattletimes-1', 'theverge', 'wapo-1', 'webmd-1'
]

/** The written news articles (US and Canadian styles) developed on: the odd-numbered ones. The even are held out. */
export const WRITTEN_NEWS_DEVELOPMENT = ['us', 'ca'].flatMap((country) => ['01', '03', '05', '07', '09', '11'].map((n) => `${country}-${n}`))

/** The hard news articles developed on: the odd-numbered ones (of each writer's twelve). The even are held out. */
export const HARD_NEWS_DEVELOPMENT = Array.from({ length: 12 }, (_, i) => `hard-${String(2 * i + 1).padStart(2, '0')}`)

/** Every Wikinews article with the team's labels: each quotation (speech, or a quoted title or term) and its speaker. */
export function wikinewsArticles(half: 'development' | 'held-out'): LabelledText[] {
  return labelledTexts(folder, WIKINEWS_DEVELOPMENT, half)
}

/** The news pages' article text with the team's labels, in the same form. */
export function newsPages(half: 'development' | 'held-out'): LabelledText[] {
  return labelledTexts(join(repoRoot, 'tests/fixtures/news-pages'), NEWS_PAGES_DEVELOPMENT, half)
}

/** Full-length articles written from scratch in the style of US and Canadian news, labelled the same way. */
export function writtenNews(half: 'development' | 'held-out'): LabelledText[] {
  return labelledTexts(join(repoRoot, 'tests/fixtures/written-news'), WRITTEN_NEWS_DEVELOPMENT, half)
}

/** Articles written from scratch with what makes real copy hard (many speakers of one sex, pronouns across paragraphs, wire conventions). */
export function hardNews(half: 'development' | 'held-out'): LabelledText[] {
  return labelledTexts(join(repoRoot, 'tests/fixtures/hard-news'), HARD_NEWS_DEVELOPMENT, half)
}

function labelledTexts(collection: string, development: string[], half: 'development' | 'held-out'): LabelledText[] {
  return readdirSync(join(collection, 'labels'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(collection, 'labels', file), 'utf8')) as { doc: string; quotes: LabelledQuote[] })
    .filter(({ doc }) => development.includes(doc) === (half === 'development'))
    .map(({ doc, quotes }) => {
      const text = readFileSync(join(collection, 'text', `${doc}.txt`), 'utf8')
      return { name: doc, text, gold: goldSpans(text, quotes, doc) }
    })
}

/** The passages written from scratch for each kind of attribution failure (tests/fixtures/attribution-cases). */
export function attributionCases(half: 'development' | 'held-out'): (LabelledText & { kind: string })[] {
  const file = join(repoRoot, 'tests/fixtures/attribution-cases', `${half}.json`)
  const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: { id: string; kind: string; text: string; quotes: LabelledQuote[] }[] }
  return cases.map((c) => ({ name: c.id, kind: c.kind, text: c.text, gold: goldSpans(c.text, c.quotes, c.id) }))
}
