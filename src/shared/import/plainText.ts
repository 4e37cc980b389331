import { newArticle, type ArticleDocument } from '../article/document'
import type { BodyNode } from '../article/body'
import { slugify } from '../article/meta'

/**
 * Plain text to an article: blank lines separate paragraphs, a single line break inside a paragraph is kept
 * as a hard break (scraped text often puts a stray line there, and it must stay visible), and a short first
 * line without closing punctuation becomes the headline.
 */
export function plainTextToArticle(text: string): ArticleDocument {
  const paragraphs = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ''))
    .filter((block) => block.trim() !== '')
  const article = newArticle()
  const first = paragraphs[0]
  if (first !== undefined && looksLikeHeadline(first)) {
    paragraphs.shift()
    article.meta.headline = withoutSiteName(first.trim())
    article.meta.slug = slugify(article.meta.headline)
  }
  if (paragraphs.length > 0) article.body = { type: 'doc', content: paragraphs.map(paragraphNode) }
  return article
}

function looksLikeHeadline(block: string): boolean {
  const line = block.trim()
  return !line.includes('\n') && line.length <= 200 && !/[.!?:;,]["”’]?$/.test(line)
}

/** Web page titles end in " | Site name" or " - Site name"; the site name is not part of the headline. */
function withoutSiteName(title: string): string {
  const match = /^(.{20,}?)\s+[|–—]\s+[^|–—]{2,40}$/.exec(title)
  return match ? match[1]! : title
}

function paragraphNode(block: string): BodyNode {
  const content: BodyNode[] = []
  block.split('\n').forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' })
    const text = line.replace(/[ \t]+$/, '')
    if (text) content.push({ type: 'text', text })
  })
  return { type: 'paragraph', content }
}
