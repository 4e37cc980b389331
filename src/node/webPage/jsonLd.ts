import type { PageDocument } from './pageDom'

/** What a page's schema.org JSON-LD says about its article. Every field is optional: pages carry what they carry. */
export interface JsonLdArticle {
  headline: string | null
  authors: string[]
  description: string | null
  datePublished: string | null
  articleBody: string | null
  publisher: string | null
  url: string | null
}

/** schema.org types that describe a news or magazine article (or a post that is one). */
const ARTICLE_TYPE = /^(?:\w*Article|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting|WebPage)$/
/** Deeper than any real JSON-LD nests an article; a page cannot make the search run away. */
const MAX_DEPTH = 8

/**
 * The article described in the page's `<script type="application/ld+json">` blocks: the first node whose
 * @type is an article (in a @graph, a list, or `mainEntity`), preferring a real article type to a WebPage.
 * A block that is not valid JSON is skipped, as browsers and search engines do.
 */
export function jsonLdArticle(document: PageDocument): JsonLdArticle | null {
  const candidates: Record<string, unknown>[] = []
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    collectArticles(data, candidates, 0)
  }
  const best = candidates.find((node) => !types(node).includes('WebPage')) ?? candidates[0]
  if (!best) return null
  return {
    headline: text(best.headline) ?? text(best.name),
    authors: names(best.author),
    description: text(best.description),
    datePublished: text(best.datePublished) ?? text(best.dateCreated),
    articleBody: typeof best.articleBody === 'string' ? best.articleBody.trim() || null : null,
    publisher: names(best.publisher)[0] ?? null,
    url: text(best.url) ?? text(best.mainEntityOfPage) ?? text((best.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id'])
  }
}

function collectArticles(node: unknown, into: Record<string, unknown>[], depth: number): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const item of node) collectArticles(item, into, depth + 1)
    return
  }
  const object = node as Record<string, unknown>
  if (types(object).some((type) => ARTICLE_TYPE.test(type))) into.push(object)
  collectArticles(object['@graph'], into, depth + 1)
  collectArticles(object.mainEntity, into, depth + 1)
}

function types(node: Record<string, unknown>): string[] {
  const type = node['@type']
  const list = Array.isArray(type) ? type : [type]
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''))
}

/** A string value, or the first string of a list; entities in JSON-LD strings are decoded by the page's own rules. */
function text(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value
  if (typeof first !== 'string') return null
  const trimmed = first.replace(/\s+/g, ' ').trim()
  return trimmed || null
}

/** The names in a Person or Organization value: a string, an object with a name, or a list of either. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list
    .map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' ? (item as Record<string, unknown>).name : null))
    .map(text)
    .filter((name): name is string => name !== null)
}
