import type { BodyNode } from '../article/body'

export type Mark = NonNullable<BodyNode['marks']>[number]

/** How one output format writes text, line breaks and marks. */
export interface InlineDialect {
  text: (text: string) => string
  hardBreak: () => string
  open: (mark: Mark) => string
  close: (mark: Mark) => string
}

// Outer to inner: a quote wraps its link, a link wraps its bold text.
const RANK: Record<Mark['type'], number> = { quote: 0, attribution: 1, link: 2, bold: 3, italic: 4 }
const sameMark = (a: Mark, b: Mark): boolean => a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {})

/**
 * Serialises inline content with properly nested marks, as ProseMirror's DOM serializer does: marks stay
 * open across text nodes that share them, so a quote with a bold word in it is one quote, not three.
 */
export function renderInline(nodes: BodyNode[] | undefined, dialect: InlineDialect): string {
  let out = ''
  const open: Mark[] = []
  for (const node of nodes ?? []) {
    const marks = [...(node.marks ?? [])].sort((a, b) => RANK[a.type] - RANK[b.type])
    let keep = 0
    while (keep < open.length && keep < marks.length && sameMark(open[keep]!, marks[keep]!)) keep++
    while (open.length > keep) out += dialect.close(open.pop()!)
    for (const mark of marks.slice(keep)) {
      out += dialect.open(mark)
      open.push(mark)
    }
    out += node.type === 'hardBreak' ? dialect.hardBreak() : dialect.text(node.text ?? '')
  }
  while (open.length) out += dialect.close(open.pop()!)
  return out
}
