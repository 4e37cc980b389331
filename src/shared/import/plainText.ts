import { newArticle, type ArticleDocument } from '../article/document'
import type { BodyNode } from '../article/body'
import { slugify } from '../article/meta'
import { ImportLimits } from './limits'

/**
 * Plain text to an article: blank lines separate paragraphs, a single line break inside a paragraph is kept
 * as a hard break (scraped text often puts a stray line there, and it must stay visible), and a short first
 * line without closing punctuation becomes the headline. Paragraphs are made one at a time and counted
 * against `limits`, so text too large for an article is refused after the first 50 MB of article, not after
 * all of it; and every trim is linear (a `\s+$` regex rescans a run of spaces from each of its positions).
 */
export function plainTextToArticle(text: string, limits = new ImportLimits()): ArticleDocument {
  const article = newArticle()
  const content: BodyNode[] = []
  for (const block of paragraphs(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))) {
    if (content.length === 0 && !article.meta.headline && looksLikeHeadline(block)) {
      article.meta.headline = withoutSiteName(block.trim())
      article.meta.slug = slugify(article.meta.headline)
    } else if (content.length === 0 && sameLine(block, article.meta.headline)) {
      // A scraped page gives its title twice, in the <title> line and again over the story: once is the headline.
      continue
    } else content.push(paragraphNode(block, limits))
  }
  if (content.length > 0) article.body = { type: 'doc', content }
  return article
}

/** The text's paragraphs, without the newlines that start them or the whitespace that ends them. */
function* paragraphs(text: string): Generator<string> {
  const separator = /\n[ \t]*\n/g
  let start = 0
  for (;;) {
    const match = separator.exec(text)
    const block = text.slice(start, match ? match.index : text.length).replace(/^\n+/, '').trimEnd()
    if (block.trim() !== '') yield block
    if (!match) return
    start = separator.lastIndex
  }
}

function looksLikeHeadline(block: string): boolean {
  const line = block.trim()
  return !line.includes('\n') && line.length <= 200 && !/[.!?:;,]["”’]?$/.test(line)
}

/** The same line but for typography, spacing and case: “Russia’s” and "Russia's" alike. */
function sameLine(block: string, headline: string): boolean {
  const plain = (line: string): string => line.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase()
  return headline !== '' && plain(block) === plain(headline)
}

/** Web page titles end in " | Site name" or " - Site name"; the site name is not part of the headline. */
function withoutSiteName(title: string): string {
  const match = /^(.{20,}?)\s+[|–—]\s+[^|–—]{2,40}$/.exec(title)
  return match ? match[1]! : title
}

function paragraphNode(block: string, limits: ImportLimits): BodyNode {
  const content: BodyNode[] = []
  limits.node()
  block.split('\n').forEach((line, index) => {
    if (index > 0) {
      limits.node()
      content.push({ type: 'hardBreak' })
    }
    const text = withoutTrailingBlanks(line)
    if (!text) return
    limits.node()
    limits.text(text.length)
    content.push({ type: 'text', text })
  })
  return { type: 'paragraph', content }
}

function withoutTrailingBlanks(line: string): string {
  let end = line.length
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
  return line.slice(0, end)
}
