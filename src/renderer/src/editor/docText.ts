import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { BodyTextBuilder } from '../../../shared/article/bodyTextBuilder'

export interface DocText {
  /** The body as the analysis engine reads it: blocks separated by a blank line, hard breaks as newlines. */
  text: string
  /** The document position of a text offset. */
  toPos: (offset: number) => number
}

/** Plain text of the document with a map back to positions, so analysis results land on the right words. */
export function docText(doc: ProseMirrorNode): DocText {
  const builder = new BodyTextBuilder()
  const offsets: number[] = []
  const positions: number[] = []
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      offsets.push(builder.startBlock())
      positions.push(pos + 1)
    } else if (node.isText) {
      offsets.push(builder.append(node.text ?? ''))
      positions.push(pos)
    } else if (node.type.name === 'hardBreak') {
      offsets.push(builder.hardBreak())
      positions.push(pos)
    }
    return true
  })
  const { text } = builder
  const toPos = (offset: number): number => {
    let low = 0
    let high = offsets.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (offsets[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return (positions[low] ?? 1) + (offset - (offsets[low] ?? 0))
  }
  return { text, toPos }
}

export interface MarkedQuote {
  id: string
  sourceId: string | null
  kind: string
  from: number
  to: number
  text: string
  /** Whether the review can keep a status for it (a block quote needs an id). */
  reviewable: boolean
}

/** Every quote in the document: one entry per quote mark id (a quote may span paragraphs) and per sourced block quote. */
export function markedQuotes(doc: ProseMirrorNode): MarkedQuote[] {
  const byId = new Map<string, MarkedQuote>()
  doc.descendants((node, pos) => {
    if (node.type.name === 'blockquote' && node.attrs.sourceId) {
      // One sourced in an older file has no id, and so no review, until it is given its speaker again.
      const id = (node.attrs.id as string | null) ?? `block-${pos}`
      byId.set(id, { id, sourceId: node.attrs.sourceId as string, kind: 'block', from: pos + 1, to: pos + node.nodeSize - 1, text: node.textContent, reviewable: !!node.attrs.id })
    }
    if (!node.isText) return
    const mark = node.marks.find((m) => m.type.name === 'quote')
    if (!mark) return
    const id = mark.attrs.id as string
    const existing = byId.get(id)
    if (existing) {
      // A gap means the quote went on in another paragraph.
      const newParagraph = pos > existing.to && !/\s$/.test(existing.text) && !/^\s/.test(node.text ?? '')
      existing.text += (newParagraph ? ' ' : '') + node.text
      existing.to = pos + node.nodeSize
    } else {
      byId.set(id, { id, sourceId: mark.attrs.sourceId as string | null, kind: mark.attrs.kind as string, from: pos, to: pos + node.nodeSize, text: node.text ?? '', reviewable: true })
    }
  })
  return [...byId.values()]
}

/** Where a private note is: from its first word to its last (it may run over paragraphs), and its words. */
export interface NotedRange {
  from: number
  to: number
  text: string
}

/** Every private note mark in the document, by note id, in story order. */
export function notedRanges(doc: ProseMirrorNode): Map<string, NotedRange> {
  const byId = new Map<string, NotedRange>()
  doc.descendants((node, pos) => {
    if (!node.isText) return
    for (const mark of node.marks) {
      if (mark.type.name !== 'note') continue
      const id = mark.attrs.id as string
      const existing = byId.get(id)
      if (!existing) byId.set(id, { from: pos, to: pos + node.nodeSize, text: node.text ?? '' })
      else {
        existing.text += (pos > existing.to ? ' ' : '') + node.text
        existing.to = pos + node.nodeSize
      }
    }
  })
  return byId
}
