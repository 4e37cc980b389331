import type { ArticleDocument } from '../article/document'
import { escapeXml } from './escape'
import { exportFragment, type HtmlOptions } from './html'

/**
 * A body for POST /wp/v2/posts: title, content, excerpt (the dek), slug, status "draft". WordPress wants
 * tag ids, which only the site knows, so the tag names travel beside the post under `copydesk.tags` for
 * whoever posts it to look up (GET /wp/v2/tags?search=…).
 */
export function exportWordpress(document: ArticleDocument, options: HtmlOptions = {}): string {
  const { meta } = document
  const post = {
    // WordPress stores and prints title and excerpt as HTML: a headline is text, so it goes escaped.
    title: escapeXml(meta.headline),
    content: exportFragment(document, options),
    excerpt: escapeXml(meta.dek),
    slug: meta.slug,
    status: 'draft',
    copydesk: { tags: meta.tags, byline: meta.byline, dateline: meta.dateline }
  }
  return JSON.stringify(post, null, 2) + '\n'
}
