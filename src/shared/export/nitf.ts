import type { ArticleDocument } from '../article/document'
import type { BodyNode } from '../article/body'
import { creditLine, publicCredit } from './credit'
import { escapeXml } from './escape'
import { NO_TAGS, renderInline, type InlineDialect, type MarkTags } from './inline'

export interface NitfOptions {
  date?: Date
}

/** NITF 3.6 (IPTC): quotes become <q quote-source="…">, block quotes <bq> with a <credit>. */
export function exportNitf(document: ArticleDocument, options: NitfOptions = {}): string {
  const { meta } = document
  const norm = (options.date ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  const marks: MarkTags = {
    bold: () => ['<em class="bold">', '</em>'],
    italic: () => ['<em class="italic">', '</em>'],
    link: (mark) => [`<a href="${escapeXml(mark.attrs.href)}">`, '</a>'],
    quote: (mark) => {
      const credit = publicCredit(document.sources, mark.attrs.sourceId)
      return [credit ? `<q quote-source="${escapeXml(creditLine(credit))}">` : '<q>', '</q>']
    },
    attribution: () => NO_TAGS
  }
  const inline: InlineDialect = { text: escapeXml, hardBreak: () => '<br/>', marks }
  const block = (node: BodyNode): string => {
    const children = (): string => (node.content ?? []).map(block).join('\n')
    switch (node.type) {
      case 'paragraph':
        return (node.content ?? []).length ? `<p>${renderInline(node.content, inline)}</p>` : ''
      case 'heading':
        return `<hl2>${renderInline(node.content, inline)}</hl2>`
      case 'bulletList':
        return `<ul>\n${children()}\n</ul>`
      case 'orderedList':
        return `<ol>\n${children()}\n</ol>`
      case 'listItem':
        // NITF list items hold text, not paragraphs.
        return `<li>${(node.content ?? []).map((child) => (child.type === 'paragraph' ? renderInline(child.content, inline) : '')).join('<br/>')}</li>`
      case 'blockquote': {
        const credit = publicCredit(document.sources, node.attrs?.sourceId as string | null)
        return `<bq>\n<block>\n${children()}\n</block>${credit ? `\n<credit>${escapeXml(creditLine(credit))}</credit>` : ''}\n</bq>`
      }
      default:
        return children()
    }
  }
  const title = escapeXml(meta.headline || 'Untitled')
  const keywords = meta.tags.map((tag) => `<keyword key="${escapeXml(tag)}"/>`).join('')
  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN" xml:lang="${escapeXml(meta.language)}">
<head>
<title>${title}</title>
<docdata>
${meta.slug ? `<doc-id id-string="${escapeXml(meta.slug)}"/>\n` : ''}<date.issue norm="${norm}"/>
${keywords ? `<key-list>${keywords}</key-list>\n` : ''}</docdata>
</head>
<body>
<body.head>
<hedline>
<hl1>${title}</hl1>
${meta.dek ? `<hl2>${escapeXml(meta.dek)}</hl2>\n` : ''}</hedline>
${meta.byline.map((name) => `<byline>By ${escapeXml(name)}</byline>`).join('\n')}
${meta.dateline ? `<dateline><location>${escapeXml(meta.dateline)}</location></dateline>` : ''}
</body.head>
<body.content>
<block>
${block(document.body).split('\n').filter((line) => line !== '').join('\n')}
</block>
</body.content>
</body>
</nitf>
`
}
