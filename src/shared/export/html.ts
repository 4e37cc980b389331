import type { ArticleDocument } from '../article/document'
import type { BodyNode } from '../article/body'
import { creditLine, publicCredit } from './credit'
import { escapeXml } from './escape'
import { NO_TAGS, renderInline, type InlineDialect, type MarkTags, type Tags } from './inline'

export interface HtmlOptions {
  /** Speaker names and roles on quotes, attributions and block quotes (class, data-*). Default true. */
  attribution?: boolean
}

function dialect(document: ArticleDocument, attribution: boolean): InlineDialect {
  const speakerAttributes = (sourceId: string | null | undefined): string => {
    const credit = publicCredit(document.sources, sourceId)
    if (!credit) return ''
    return ` data-speaker="${escapeXml(credit.name)}"${credit.role ? ` data-speaker-role="${escapeXml(credit.role)}"` : ''}`
  }
  const span = (className: string, extra: string, sourceId: string | null): Tags =>
    attribution ? [`<span class="${className}"${extra}${speakerAttributes(sourceId)}>`, '</span>'] : NO_TAGS
  const marks: MarkTags = {
    bold: () => ['<strong>', '</strong>'],
    italic: () => ['<em>', '</em>'],
    link: (mark) => [`<a href="${escapeXml(mark.attrs.href)}">`, '</a>'],
    quote: (mark) => span('quote', ` data-quote-kind="${mark.attrs.kind}"`, mark.attrs.sourceId),
    attribution: (mark) => span('attribution', '', mark.attrs.sourceId)
  }
  return { text: escapeXml, hardBreak: () => '<br>', marks }
}

/**
 * The CMS fragment: semantic body HTML only (p, h2, h3, ul, ol, li, blockquote, figure, figcaption, a,
 * strong, em, br, span). Quotation marks stay exactly as drafted; attribution travels in class and data-*
 * attributes, which WordPress's post allow-list keeps.
 */
export function exportFragment(document: ArticleDocument, options: HtmlOptions = {}): string {
  const attribution = options.attribution ?? true
  const inline = dialect(document, attribution)
  const block = (node: BodyNode): string => {
    const children = (): string => (node.content ?? []).map(block).join('\n')
    switch (node.type) {
      case 'paragraph':
        return `<p>${renderInline(node.content, inline)}</p>`
      case 'heading':
        return `<h${node.attrs?.level}>${renderInline(node.content, inline)}</h${node.attrs?.level}>`
      case 'bulletList':
        return `<ul>\n${children()}\n</ul>`
      case 'orderedList': {
        const start = node.attrs?.start
        return `<ol${typeof start === 'number' && start !== 1 ? ` start="${start}"` : ''}>\n${children()}\n</ol>`
      }
      case 'listItem': {
        // A list item's paragraphs become lines; a nested list follows as a block.
        let item = ''
        let previous: string | undefined
        for (const child of node.content ?? []) {
          if (child.type === 'paragraph') item += (previous === 'paragraph' ? '<br>' : '') + renderInline(child.content, inline)
          else item += `\n${block(child)}\n`
          previous = child.type
        }
        return `<li>${item}</li>`
      }
      case 'blockquote': {
        const credit = attribution ? publicCredit(document.sources, node.attrs?.sourceId as string | null) : null
        const quote = `<blockquote>\n${children()}\n</blockquote>`
        return credit ? `<figure class="quote">\n${quote}\n<figcaption>${escapeXml(creditLine(credit))}</figcaption>\n</figure>` : quote
      }
      case 'doc':
        return children()
      default:
        return ''
    }
  }
  // Empty paragraphs are editing artefacts, not content.
  return block(document.body).replace(/^<p><\/p>\n?/gm, '').trim() + '\n'
}
