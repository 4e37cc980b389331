import { marked } from 'marked'
import type { ArticleDocument } from '../article/document'
import { htmlToArticle } from './html'
import { ImportLimits } from './limits'

/** Markdown (CommonMark and GitHub's tables-free flavour) to an article, through the same safe HTML path. */
export function markdownToArticle(markdown: string, limits = new ImportLimits()): ArticleDocument {
  const html = marked.parse(markdown.replace(/^\uFEFF/, ''), { async: false, gfm: true }) as string
  return htmlToArticle(html, limits)
}
