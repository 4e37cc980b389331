import type { ArticleDocument } from '../article/document'
import { escapeXml } from './escape'
import { exportFragment, type HtmlOptions } from './html'

/** The fields of a WordPress post Copydesk writes (tags by name: their ids are the site's). */
export interface WordpressFields {
  title: string
  content: string
  excerpt: string
  slug: string
  tagNames: string[]
}

/** "Jane Doe", "Jane Doe and Ivan Petrov", "Jane Doe, Ivan Petrov and Ana Ruiz". */
function names(byline: string[]): string {
  return byline.length <= 1 ? (byline[0] ?? '') : `${byline.slice(0, -1).join(', ')} and ${byline.at(-1)}`
}

/**
 * A story as a WordPress post, for Send to WordPress and the WordPress export alike. The content is the CMS
 * fragment (which WordPress's post allow-list keeps whole) after a byline line: a post's author is one
 * WordPress account, and its meta is writable over the REST API only for keys a plugin registers, so a credit
 * line at the top of the content is the one place every WordPress site shows the byline as the reporter wrote
 * it. WordPress stores and prints title and excerpt as HTML: the headline and the dek are text, so they go
 * escaped.
 */
export function wordpressFields(document: ArticleDocument, options: HtmlOptions = {}): WordpressFields {
  const { meta } = document
  const byline = meta.byline.length ? `<p class="byline">By ${escapeXml(names(meta.byline))}</p>\n` : ''
  return { title: escapeXml(meta.headline), content: byline + exportFragment(document, options), excerpt: escapeXml(meta.dek), slug: meta.slug, tagNames: meta.tags }
}

/**
 * A body for POST /wp/v2/posts with status "draft". WordPress wants tag ids, which only the site knows, so the
 * tag names travel beside the post under `copydesk.tags` for whoever posts it to look up (Send to WordPress
 * does that itself).
 */
export function exportWordpress(document: ArticleDocument, options: HtmlOptions = {}): string {
  const { tagNames, ...fields } = wordpressFields(document, options)
  const { byline, dateline } = document.meta
  return JSON.stringify({ ...fields, status: 'draft', copydesk: { tags: tagNames, byline, dateline } }, null, 2) + '\n'
}
