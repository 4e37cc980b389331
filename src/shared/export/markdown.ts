import type { ArticleDocument } from '../article/document'
import type { BodyNode } from '../article/body'
import { creditLine, publicCredit } from './credit'
import { NO_TAGS, renderInline, type InlineDialect } from './inline'
import { markdownDestination, markdownHeading, markdownLines, markdownText } from './markdownText'

// Links arrive with their normalised address (inline.ts); markdownDestination makes it a safe destination.
const dialect: InlineDialect = {
  text: markdownText,
  hardBreak: () => '\\\n',
  marks: {
    bold: () => ['**', '**'],
    italic: () => ['*', '*'],
    link: (mark) => ['[', `](${markdownDestination(mark.attrs.href)})`],
    // Quotation marks stay in the text; who said it has no Markdown form.
    quote: () => NO_TAGS,
    attribution: () => NO_TAGS
  }
}
// A heading is one line.
const headingDialect: InlineDialect = { ...dialect, hardBreak: () => ' ' }

const EMPHASIS = new Set(['bold', 'italic'])

/**
 * "** bold **" is not bold in Markdown (a delimiter must touch its text), so spaces at the edges of bold or
 * italic text move outside the mark, as prosemirror-markdown does.
 */
function expelSpaces(nodes: BodyNode[] | undefined): BodyNode[] {
  return (nodes ?? []).flatMap((node) => {
    if (node.type !== 'text' || !node.marks?.some((mark) => EMPHASIS.has(mark.type))) return [node]
    const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.text ?? '')!
    const outside = node.marks.filter((mark) => !EMPHASIS.has(mark.type))
    const plain = (text: string): BodyNode[] => (text ? [{ type: 'text', text, ...(outside.length ? { marks: outside } : {}) }] : [])
    return [...plain(before!), ...(core ? [{ ...node, text: core }] : []), ...plain(after!)]
  })
}

/** A one-line field (headline, dek, byline, dateline) as escaped text, spaces at its ends dropped. */
const field = (text: string): string => markdownText(text).trim()

/** CommonMark: headline as # title, dek in italics, byline and dateline, then the body. */
export function exportMarkdown(document: ArticleDocument): string {
  const { meta } = document
  const inline = (nodes: BodyNode[] | undefined): string => markdownLines(renderInline(expelSpaces(nodes), dialect))
  const block = (node: BodyNode, indent = ''): string[] => {
    switch (node.type) {
      case 'paragraph':
        return [inline(node.content)]
      case 'heading':
        return [`${'#'.repeat(Number(node.attrs?.level ?? 2))} ${markdownHeading(renderInline(expelSpaces(node.content), headingDialect))}`]
      case 'bulletList':
      case 'orderedList': {
        const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1
        return [
          (node.content ?? [])
            .map((item, index) => {
              const marker = node.type === 'bulletList' ? '- ' : `${start + index}. `
              const lines = (item.content ?? []).flatMap((child) => block(child, indent + ' '.repeat(marker.length))).join('\n\n')
              return indent + marker + lines.replace(/\n(?=.)/g, `\n${indent}${' '.repeat(marker.length)}`)
            })
            .join('\n')
        ]
      }
      case 'blockquote': {
        const credit = publicCredit(document.sources, node.attrs?.sourceId as string | null)
        const body = (node.content ?? []).flatMap((child) => block(child)).join('\n\n')
        const quoted = (credit ? `${body}\n\n— ${field(creditLine(credit))}` : body).replace(/^/gm, '> ').replace(/^> $/gm, '>')
        return [quoted]
      }
      default:
        return (node.content ?? []).flatMap((child) => block(child))
    }
  }
  const header = [
    field(meta.headline) ? `# ${markdownHeading(field(meta.headline))}` : '',
    field(meta.dek) ? `*${field(meta.dek)}*` : '',
    meta.byline.length ? `By ${field(meta.byline.join(', '))}` : '',
    field(meta.dateline) ? `**${field(meta.dateline)}** —` : ''
  ].filter(Boolean)
  const body = block(document.body).filter((text) => text.trim() !== '')
  return [...header, ...body].join('\n\n') + '\n'
}
