import type { ArticleDocument } from '../article/document'
import { escapeXml, jsonForScript } from './escape'
import { exportFragment, type HtmlOptions } from './html'
import { bylineText } from '../article/meta'

export interface PageOptions extends HtmlOptions {
  /** When the story is published; Copydesk has no publishing date of its own, so the export time. */
  date?: Date
}

const STYLESHEET = `body{margin:0;background:#fff;color:#1d1d1f;font:18px/1.6 Georgia,'Times New Roman',serif}
article{max-width:42rem;margin:3rem auto;padding:0 1.25rem}
h1{font:700 2.2rem/1.2 system-ui,sans-serif;margin:0 0 .5rem}
.dek{font-size:1.2rem;color:#444;margin:0 0 1rem}
.byline,.dateline{font:600 .9rem system-ui,sans-serif;color:#555;margin:0}
.dateline{margin-bottom:1.5rem;text-transform:uppercase;letter-spacing:.04em}
h2,h3{font-family:system-ui,sans-serif;margin:2rem 0 .5rem}
blockquote{margin:1.5rem 0;padding-left:1rem;border-left:3px solid #ccc}
figure.quote{margin:1.5rem 0}
figcaption{font:.9rem system-ui,sans-serif;color:#555}
a{color:#1f5fbf}`

/**
 * A standalone HTML page: the fragment with headline, dek, byline and dateline, a readable built-in
 * stylesheet, and schema.org NewsArticle JSON-LD following Google's article guidelines (headline, one
 * Person per author with the name only, ISO 8601 dates; the page an imported story came from as isBasedOn).
 */
export function exportPage(document: ArticleDocument, options: PageOptions = {}): string {
  const { meta } = document
  const date = (options.date ?? new Date()).toISOString()
  const title = meta.headline || 'Untitled'
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    ...(meta.dek ? { description: meta.dek } : {}),
    author: meta.byline.map((name) => ({ '@type': 'Person', name })),
    // The story's own publication date when it has one (an imported page's); else it is published now.
    datePublished: meta.published ?? date,
    dateModified: date,
    ...(meta.origin?.url ? { isBasedOn: meta.origin.url } : {}),
    inLanguage: meta.language,
    ...(meta.tags.length ? { keywords: meta.tags } : {})
  }
  const header = [
    `<h1>${escapeXml(title)}</h1>`,
    meta.dek ? `<p class="dek">${escapeXml(meta.dek)}</p>` : '',
    meta.byline.length ? `<p class="byline">By ${escapeXml(bylineText(meta.byline))}</p>` : '',
    meta.dateline ? `<p class="dateline">${escapeXml(meta.dateline)}</p>` : ''
  ].filter(Boolean)
  return `<!DOCTYPE html>
<html lang="${escapeXml(meta.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
${meta.dek ? `<meta name="description" content="${escapeXml(meta.dek)}">\n` : ''}<style>
${STYLESHEET}
</style>
<script type="application/ld+json">
${jsonForScript(jsonLd)}
</script>
</head>
<body>
<article>
<header>
${header.join('\n')}
</header>
${exportFragment(document, options)}</article>
</body>
</html>
`
}
