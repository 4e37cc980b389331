import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { cursorShown } from '../cursorShown'
import type { ReviewStatus } from '../../../../shared/article/review'

export interface ReviewMarksOptions {
  /** V, Q or U pressed in review mode with the cursor in a quote: set that quote's status. */
  onStatusKey: (quoteId: string, status: ReviewStatus) => void
}

interface ReviewMarksState {
  on: boolean
  statuses: Readonly<Record<string, ReviewStatus>>
  decorations: DecorationSet
}

export const reviewMarksKey = new PluginKey<ReviewMarksState>('copydeskReviewMarks')

/** What the app tells the plugin: review mode on or off, and each quote's status. */
export type ReviewMarksMeta = Partial<Pick<ReviewMarksState, 'on' | 'statuses'>>

const STATUS_KEYS: Record<string, ReviewStatus> = { v: 'verified', q: 'query', u: 'unchecked' }

/** A block quote the review keeps a status for: one with a speaker and an id. */
const isReviewedBlock = (node: ProseMirrorNode): boolean => node.type.name === 'blockquote' && !!node.attrs.id && !!node.attrs.sourceId

function decorationsFor(doc: ProseMirrorNode, statuses: Readonly<Record<string, ReviewStatus>>): DecorationSet {
  const decorations: Decoration[] = []
  const look = (id: string) => {
    const status = statuses[id] ?? 'unchecked'
    return { class: `cd-review cd-review-${status}`, 'data-review': status }
  }
  // An attribution shows the status of its quotes: query if any is queried, verified once all are.
  const attributionLook = (quoteIds: string[]) => {
    const all = quoteIds.map((id) => statuses[id] ?? 'unchecked')
    const status: ReviewStatus = all.includes('query') ? 'query' : all.length > 0 && all.every((s) => s === 'verified') ? 'verified' : 'unchecked'
    return { class: `cd-review-cue cd-review-cue-${status}`, 'data-review': status }
  }
  doc.descendants((node, pos) => {
    if (isReviewedBlock(node)) decorations.push(Decoration.node(pos, pos + node.nodeSize, look(node.attrs.id as string)))
    if (!node.isText) return
    const quote = node.marks.find((m) => m.type.name === 'quote')
    if (quote) decorations.push(Decoration.inline(pos, pos + node.nodeSize, look(quote.attrs.id as string)))
    const attribution = quote ? undefined : node.marks.find((m) => m.type.name === 'attribution')
    if (attribution) decorations.push(Decoration.inline(pos, pos + node.nodeSize, attributionLook(attribution.attrs.quoteIds as string[])))
  })
  return DecorationSet.create(doc, decorations)
}

/** The quote at `pos` (in it or touching it), by its mark id; else the sourced block quote it is in. */
export function quoteAt(doc: ProseMirrorNode, pos: number): string | null {
  const $from = doc.resolve(pos)
  for (const node of [$from.nodeAfter, $from.nodeBefore]) {
    const quote = node?.marks.find((m) => m.type.name === 'quote')
    if (quote) return quote.attrs.id as string
  }
  for (let depth = $from.depth; depth > 0; depth--) if (isReviewedBlock($from.node(depth))) return $from.node(depth).attrs.id as string
  return null
}

/**
 * Review mode in the editor: each quote, and each attribution, shows its review status (a decoration, never part of the document), and
 * V, Q and U set the status of the quote under the cursor instead of typing.
 */
export const ReviewMarks = Extension.create<ReviewMarksOptions>({
  name: 'reviewMarks',
  addOptions() {
    return { onStatusKey: () => undefined }
  },
  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin<ReviewMarksState>({
        key: reviewMarksKey,
        state: {
          init: () => ({ on: false, statuses: {}, decorations: DecorationSet.empty }),
          apply(tr, value, _old, newState) {
            const meta = tr.getMeta(reviewMarksKey) as ReviewMarksMeta | undefined
            const next = { ...value, ...meta }
            if (!next.on) return { ...next, decorations: DecorationSet.empty }
            // Recomputed when told something new; mapped through typing (a new quote shows at the next update).
            const decorations = meta ? decorationsFor(newState.doc, next.statuses) : value.decorations.map(tr.mapping, tr.doc)
            return { ...next, decorations }
          }
        },
        props: {
          decorations: (state) => reviewMarksKey.getState(state)?.decorations ?? DecorationSet.empty,
          handleKeyDown(view, event) {
            if (!reviewMarksKey.getState(view.state)?.on || event.ctrlKey || event.metaKey || event.altKey) return false
            const status = STATUS_KEYS[event.key.toLowerCase()]
            const quoteId = status ? quoteAt(view.state.doc, cursorShown(view)) : null
            if (!status || !quoteId) return false
            options.onStatusKey(quoteId, status)
            return true
          }
        }
      })
    ]
  }
})
