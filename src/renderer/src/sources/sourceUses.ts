import type { Node } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'

/** How many quotes, attributions and sourced block quotes in `doc` name `sourceId`. */
export function sourceUses(doc: Node, sourceId: string): number {
  let uses = 0
  const ids = new Set<string>()
  doc.descendants((node) => {
    if (node.type.name === 'blockquote' && node.attrs.sourceId === sourceId) uses++
    for (const mark of node.marks) {
      // A mark split over several text nodes (bold inside a quote) is one use: counted by its id.
      if (mark.attrs.sourceId === sourceId && !ids.has(mark.attrs.id as string)) {
        ids.add(mark.attrs.id as string)
        uses++
      }
    }
  })
  return uses
}

/** Moves every quote, attribution and sourced block quote of `fromId` over to `toId`, in one transaction. */
export function retargetSource(tr: Transaction, fromId: string, toId: string): Transaction {
  tr.doc.descendants((node, pos) => {
    if (node.type.name === 'blockquote' && node.attrs.sourceId === fromId) tr.setNodeAttribute(pos, 'sourceId', toId)
    for (const mark of node.marks) {
      if (mark.attrs.sourceId !== fromId) continue
      tr.removeMark(pos, pos + node.nodeSize, mark)
      tr.addMark(pos, pos + node.nodeSize, mark.type.create({ ...mark.attrs, sourceId: toId }))
    }
  })
  return tr
}
