import type { ArticleDocument } from '../article/document'
import { exportFragment, type HtmlOptions } from './html'

/**
 * A body for POST /wp/v2/posts: title, content, excerpt (the dek), slug, status "draft". WordPress wants
 * tag ids, which only the site knows, so the tag names travel beside the post under `copydesk.tags` for
 * whoever posts it to look up (GET /wp/v2/tags?search=…).
 */
export function exportWordpress(document: ArticleDocument, options: HtmlOptions = {}): string {
  const { meta } = document
  const post = {
    title: meta.headline,
    content: exportFragment(document, options),
    excerpt: meta.dek,
    slug: meta.slug,
    status: 'draft',
    copydesk: { tags: meta.tags, byline: meta.byline, dateline: meta.dateline }
  }
  return JSON.stringify(post, null, 2) + '\n'
}
