import { marked } from 'marked'
import type { ArticleDocument } from '../article/document'
import { htmlToArticle } from './html'
import { ImportLimits, ImportRefusedError } from './limits'

/**
 * What may stand before a line's text: indentation, block quote marks and list markers. marked recurses once
 * per level they open and slows with each (1,000 levels of indented list: 47 s; 10,000 "> " marks overflow its
 * stack), so a line with more of them than 100 levels need is refused before marked sees it. The article
 * keeps fewer than 32 levels anyway.
 */
const NESTING_PREFIX = /^(?:[ \t>]|[*+-][ \t]|\d{1,9}[.)][ \t])+/gm
const MAX_NESTING_PREFIX = 400

/** Markdown (CommonMark and GitHub's tables-free flavour) to an article, through the same safe HTML path. */
export function markdownToArticle(markdown: string, limits = new ImportLimits()): ArticleDocument {
  for (const [prefix] of markdown.matchAll(NESTING_PREFIX)) {
    if (prefix.length > MAX_NESTING_PREFIX) throw tooDeep()
  }
  let html: string
  try {
    html = marked.parse(markdown.replace(/^\uFEFF/, ''), { async: false, gfm: true }) as string
  } catch (error) {
    // Whatever nesting still overflows marked's stack.
    if (error instanceof RangeError) throw tooDeep()
    throw error
  }
  return htmlToArticle(html, limits)
}

function tooDeep(): ImportRefusedError {
  return new ImportRefusedError('its lists or block quotes nest too deeply to read')
}
