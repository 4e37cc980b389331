import type { ArticleDocument } from '../article/document'
import type { BodyNode } from '../article/body'
import { creditLine, publicCredit } from './credit'
import { renderInline, type InlineDialect } from './inline'

// Characters that would start Markdown syntax inside text.
const escapeText = (text: string): string => text.replace(/([\\`*_[\]<>])/g, '\\$1')
const escapeLineStart = (line: string): string => line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+.)-])/, '\\$1')}`)

const dialect: InlineDialect = {
  text: escapeText,
  hardBreak: () => '\\\n',
  open: (mark) => (mark.type === 'bold' ? '**' : mark.type === 'italic' ? '*' : mark.type === 'link' ? '[' : ''),
  close: (mark) =>
    mark.type === 'bold' ? '**' : mark.type === 'italic' ? '*' : mark.type === 'link' ? `](${mark.attrs.href.replace(/[()\s]/g, encodeURIComponent)})` : ''
}

/** CommonMark: headline as # title, dek in italics, byline and dateline, then the body. */
export function exportMarkdown(document: ArticleDocument): string {
  const { meta } = document
  const inline = (nodes: BodyNode[] | undefined): string => escapeLineStart(renderInline(nodes, dialect))
  const block = (node: BodyNode, indent = ''): string[] => {
    switch (node.type) {
      case 'paragraph':
        return [inline(node.content)]
      case 'heading':
        return [`${'#'.repeat(Number(node.attrs?.level ?? 2))} ${renderInline(node.content, dialect)}`]
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
        const quoted = (credit ? `${body}\n\n— ${escapeText(creditLine(credit))}` : body).replace(/^/gm, '> ').replace(/^> $/gm, '>')
        return [quoted]
      }
      default:
        return (node.content ?? []).flatMap((child) => block(child))
    }
  }
  const header = [
    meta.headline ? `# ${escapeText(meta.headline)}` : '',
    meta.dek ? `*${escapeText(meta.dek)}*` : '',
    meta.byline.length ? `By ${escapeText(meta.byline.join(', '))}` : '',
    meta.dateline ? `**${escapeText(meta.dateline)}** —` : ''
  ].filter(Boolean)
  const body = block(document.body).filter((text) => text.trim() !== '')
  return [...header, ...body].join('\n\n') + '\n'
}
