import type { BodyNode } from '../article/body'
import { normaliseLinkHref } from '../article/links'

type BodyMark = NonNullable<BodyNode['marks']>[number]
/** The marks an export may write: a private note never leaves the app. */
export type Mark = Exclude<BodyMark, { type: 'note' }>

/** What a format writes around text carrying one mark: its opening and closing tags or delimiters. */
export type Tags = readonly [open: string, close: string]
/** A mark the format does not write (attribution in NITF, quotes in Markdown). */
export const NO_TAGS: Tags = ['', '']

/** One format's table: for each mark type, the tags it writes around that mark's text. */
export type MarkTags = { [T in Mark['type']]: (mark: Extract<Mark, { type: T }>) => Tags }

/** How one output format writes text, line breaks and marks. */
export interface InlineDialect {
  text: (text: string) => string
  hardBreak: () => string
  marks: MarkTags
}

const tagsOf = (dialect: InlineDialect, mark: Mark): Tags => (dialect.marks[mark.type] as (mark: Mark) => Tags)(mark)

// Outer to inner: a quote wraps its link, a link wraps its bold text.
const RANK: Record<Mark['type'], number> = { quote: 0, attribution: 1, link: 2, bold: 3, italic: 4 }
const sameMark = (a: Mark, b: Mark): boolean => a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {})

/**
 * The marks an export writes: never a private note. A link carries its normalised address (article/links.ts), the only form any
 * exporter writes; a link whose address does not normalise is dropped and its text kept, so even a
 * document that never passed the schema cannot put a script or a stray quote into an export.
 */
function exportedMarks(marks: BodyMark[] | undefined): Mark[] {
  return (marks ?? []).flatMap((mark): Mark[] => {
    if (mark.type === 'note') return []
    if (mark.type !== 'link') return [mark]
    const href = normaliseLinkHref(mark.attrs.href)
    return href === null ? [] : [{ type: 'link', attrs: { href } }]
  })
}

/**
 * Serialises inline content with properly nested marks, as ProseMirror's DOM serializer does: marks stay
 * open across text nodes that share them, so a quote with a bold word in it is one quote, not three.
 */
export function renderInline(nodes: BodyNode[] | undefined, dialect: InlineDialect): string {
  let out = ''
  const open: { mark: Mark; close: string }[] = []
  for (const node of nodes ?? []) {
    const marks = exportedMarks(node.marks).sort((a, b) => RANK[a.type] - RANK[b.type])
    let keep = 0
    while (keep < open.length && keep < marks.length && sameMark(open[keep]!.mark, marks[keep]!)) keep++
    while (open.length > keep) out += open.pop()!.close
    for (const mark of marks.slice(keep)) {
      const [opening, close] = tagsOf(dialect, mark)
      out += opening
      open.push({ mark, close })
    }
    out += node.type === 'hardBreak' ? dialect.hardBreak() : dialect.text(node.text ?? '')
  }
  while (open.length) out += open.pop()!.close
  return out
}
