import { Readability } from '@mozilla/readability'
import type { BodyNode } from '../../shared/article/body'
import type { ArticleDocument } from '../../shared/article/document'
import { slugify } from '../../shared/article/meta'
import { newSource } from '../../shared/article/sources'
import { blockText } from '../../shared/article/stats'
import { htmlToArticle } from '../../shared/import/html'
import type { ExtractionMethod } from '../../shared/import/extractionMethods'
import { ImportLimits, ImportRefusedError } from '../../shared/import/limits'
import { flattenDeepNesting } from './flattenNesting'
import { parsePage } from './pageDom'
import { withoutPageFurniture } from './pageFurniture'
import { hostName, pageMetadata, readPageTags, type PageMetadata } from './pageMetadata'

/** One way of bringing the page in: the article made, and what the user should be told about making it. */
export interface PageVersion {
  document: ArticleDocument
  notice: string | null
}

export interface WebPageImport {
  page: PageMetadata
  method: ExtractionMethod
  /** The article alone: what import brings in unless the user asks for the whole page. */
  article: PageVersion
  /** Everything on the page, as Copydesk imported HTML before; null when that is what `article` is, or too large to open. */
  wholePage: PageVersion | null
}

/**
 * Less text than this from Readability (letters, not words: Chinese and Japanese put no spaces between words)
 * is a miss — a teaser, a caption — not an article: about fifty English words.
 */
const MIN_ARTICLE_LETTERS = 300
/**
 * When the publisher's JSON-LD `articleBody` is this many times longer than what Readability found, Readability
 * caught a fragment (an article split over many blocks) and the publisher's own text is the better body.
 */
const FRAGMENT_RATIO = 1.6

/**
 * A saved web page as an article: the story's text without the page around it (navigation, related links,
 * cookie notices, comments), found by Mozilla Readability — the engine of Firefox Reader View — and, where
 * Readability finds nothing or only a fragment, by the publisher's JSON-LD `articleBody`; with the headline,
 * byline, dek, date, site and address read from the page. The whole page is made as well, for the import
 * dialog's "the whole page" choice. Both go through the same safe HTML converter as any other import, and
 * both are articles that save and reopen.
 */
export function importWebPage(html: string): WebPageImport {
  const readable = readArticle(html)
  const ld = readable.tags.jsonLd
  const ldLetters = letters(ld?.articleBody ?? '')
  const readableLetters = letters(readable.found?.textContent ?? '')

  let method: ExtractionMethod
  let content: string
  if (readable.found?.content && readableLetters >= MIN_ARTICLE_LETTERS && !(ldLetters >= MIN_ARTICLE_LETTERS && ldLetters > readableLetters * FRAGMENT_RATIO)) {
    method = 'readability'
    content = readable.found.content
  } else if (ldLetters >= MIN_ARTICLE_LETTERS) {
    method = 'json-ld'
    content = paragraphsHtml(ld!.articleBody!)
  } else {
    // Nothing that reads as an article: all of the page, so that nothing is lost.
    method = 'whole-page'
    content = html
  }

  const articleLimits = new ImportLimits()
  const converted = htmlToArticle(content, articleLimits)
  const article = method === 'whole-page' ? converted : { ...converted, body: withoutPageFurniture(converted.body) }
  const page = pageMetadata(readable.tags, readable.found, firstLines(article.body))
  const wholePage = method === 'whole-page' ? null : convertWholePage(html)
  return {
    page,
    method,
    article: { document: withPageMetadata(article, page), notice: joinNotices(readable.notice, articleLimits.notice()) },
    wholePage: wholePage && { document: withPageMetadata(wholePage.document, page), notice: wholePage.limits.notice() }
  }
}

/**
 * Deeper than real pages nest (their deepest is in the tens). Readability's cost grows with depth times
 * size (500 levels took 1.4 s), and the DOM's recursion overflows the stack some thousands deep.
 */
const MAX_PAGE_DEPTH = 160

/**
 * The page read as a DOM, its tags, and Readability's article. A page nested deeper than MAX_PAGE_DEPTH is
 * read with its deepest elements flattened into their parents, and says so.
 */
function readArticle(html: string) {
  const flat = flattenDeepNesting(html, MAX_PAGE_DEPTH)
  if (flat.flattened === 0) return { ...readParsed(flat.html), notice: null }
  const notice = `Flattened ${flat.flattened.toLocaleString('en')} elements nested more than ${MAX_PAGE_DEPTH} deep in the page, to read it.`
  return { ...readParsed(flat.html), notice }
}

function readParsed(html: string) {
  const document = parsePage(html)
  // Read before Readability, which removes the page's scripts (JSON-LD is a script) and more as it works.
  const tags = readPageTags(document)
  const found = new Readability(document as never).parse()
  return { tags, found }
}

function convertWholePage(html: string): { document: ArticleDocument; limits: ImportLimits } | null {
  const limits = new ImportLimits()
  try {
    return { document: htmlToArticle(html, limits), limits }
  } catch (error) {
    if (error instanceof ImportRefusedError) return null
    throw error
  }
}

/**
 * The page's metadata on an article made from it, and the page's site as a source of kind publication: the
 * story's quotes reached it through that site. A first paragraph that only repeats the headline goes (pages
 * print their title again above the text), as does an opening "By ..." line once it is the byline.
 */
export function withPageMetadata(article: ArticleDocument, page: PageMetadata): ArticleDocument {
  const headline = page.headline || article.meta.headline
  const body = withoutRepeatedOpening(article.body, [headline, ...(page.byline.length ? [`By ${page.byline.join(' and ')}`] : [])])
  const opening = firstLines(body)[0] ?? ''
  const dek = page.dek && !sameText(opening.slice(0, page.dek.length), page.dek.replace(/(?:\.{3}|…)$/, '')) ? page.dek : ''
  return {
    ...article,
    meta: {
      ...article.meta,
      headline: headline.slice(0, 300),
      slug: slugify(headline),
      byline: page.byline.slice(0, 20),
      dek: dek.slice(0, 1000),
      published: page.published,
      origin: page.siteName || page.url ? { siteName: page.siteName || (hostName(page.url) ?? ''), url: page.url } : null,
      ...(page.language ? { language: page.language } : {})
    },
    sources: page.siteName ? [newSource({ name: page.siteName.slice(0, 200), kind: 'publication' })] : [],
    body
  }
}

/** The body without opening paragraphs that say again what the metadata says (the title, "By ..."). */
function withoutRepeatedOpening(body: BodyNode, repeats: string[]): BodyNode {
  const content = [...(body.content ?? [])]
  while (content.length > 1 && (content[0]!.type === 'paragraph' || content[0]!.type === 'heading') && repeats.some((line) => sameText(blockText(content[0]!), line))) content.shift()
  return { ...body, content }
}

/** The text of the body's first few blocks. */
function firstLines(body: BodyNode): string[] {
  return (body.content ?? []).slice(0, 4).map(blockText)
}

function sameText(a: string, b: string): boolean {
  const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  return squash(a) !== '' && squash(a) === squash(b)
}

function letters(text: string): number {
  return text.replace(/\s+/g, '').length
}

function joinNotices(...notices: Array<string | null>): string | null {
  return notices.filter(Boolean).join(' ') || null
}

/** Plain text with blank-line or line-break paragraphs as HTML paragraphs, escaped. */
function paragraphsHtml(text: string): string {
  const escape = (line: string): string => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n')
}
