import { combineTransactionSteps, Extension, getChangedRanges } from '@tiptap/core'
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { newId } from '../../../../shared/article/sources'

const ID_PREFIX = { quote: 'q', attribution: 'a' } as const
type IdMark = keyof typeof ID_PREFIX

const isIdMark = (mark: Mark): mark is Mark & { type: { name: IdMark } } => mark.type.name in ID_PREFIX

const isBlockQuoteWithId = (node: ProseMirrorNode): boolean => node.type.name === 'blockquote' && !!node.attrs.id

/** The quote, attribution and block quote ids in the document, outside the given ranges. */
function idsOutside(doc: ProseMirrorNode, ranges: { from: number; to: number }[]): Set<string> {
  const ids = new Set<string>()
  doc.descendants((node, pos) => {
    if (ranges.some((range) => pos >= range.from && pos + node.nodeSize <= range.to)) return
    if (isBlockQuoteWithId(node)) ids.add(node.attrs.id as string)
    if (node.isText) for (const mark of node.marks) if (isIdMark(mark) && mark.attrs.id) ids.add(mark.attrs.id as string)
  })
  return ids
}

/**
 * A quote, attribution or sourced block quote pasted (or dropped) into a story that already has one with its id
 * — a copy of a quote — gets an id of its own, so the two are two quotes for the panels, the review and the exports. The
 * pasted attributions that point at a renamed quote are pointed at its new id. A quote moved (cut and
 * pasted) or pasted from another story keeps its id.
 */
export const UniqueMarkIds = Extension.create({
  name: 'uniqueMarkIds',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('uniqueMarkIds'),
        appendTransaction(transactions, oldState, newState) {
          if (!transactions.some((tr) => tr.docChanged && ['paste', 'drop'].includes(tr.getMeta('uiEvent') as string))) return null
          const ranges = getChangedRanges(combineTransactionSteps(oldState.doc, [...transactions])).map(({ newRange }) => newRange)
          const taken = idsOutside(newState.doc, ranges)
          const renamed = new Map<string, string>()
          const rename = (mark: Mark & { type: { name: IdMark } }): string => {
            const id = mark.attrs.id as string
            if (!renamed.has(id)) renamed.set(id, newId(ID_PREFIX[mark.type.name]))
            return renamed.get(id)!
          }
          const { tr } = newState
          for (const range of ranges) {
            newState.doc.nodesBetween(range.from, range.to, (node, pos) => {
              if (!node.isText) return
              for (const mark of node.marks) {
                if (!isIdMark(mark) || !taken.has(mark.attrs.id as string)) continue
                tr.addMark(pos, pos + node.nodeSize, mark.type.create({ ...mark.attrs, id: rename(mark) }))
              }
            })
          }
          // A sourced block quote pasted again is a second block quote, with an id of its own.
          for (const range of ranges) {
            tr.doc.nodesBetween(range.from, range.to, (node, pos) => {
              // Only one pasted whole: text pasted into a block quote leaves that block quote's id alone.
              const pasted = pos >= range.from && pos + node.nodeSize <= range.to
              if (pasted && isBlockQuoteWithId(node) && taken.has(node.attrs.id as string)) tr.setNodeMarkup(pos, undefined, { ...node.attrs, id: newId('b') })
            })
          }
          // Pasted attributions keep pointing at the pasted quotes they came with.
          for (const range of ranges) {
            tr.doc.nodesBetween(range.from, range.to, (node, pos) => {
              const attribution = node.isText ? node.marks.find((mark) => mark.type.name === 'attribution') : undefined
              const quoteIds = (attribution?.attrs.quoteIds as string[] | undefined) ?? []
              if (!attribution || !quoteIds.some((id) => renamed.has(id))) return
              const relinked = quoteIds.map((id) => renamed.get(id) ?? id)
              tr.addMark(pos, pos + node.nodeSize, attribution.type.create({ ...attribution.attrs, quoteIds: relinked }))
            })
          }
          return tr.docChanged ? tr : null
        }
      })
    ]
  }
})
