import { useCallback, useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import type { ArticleDocument } from '../../../shared/article/document'
import type { Provenance, Review, ReviewStatus } from '../../../shared/article/review'
import { reviewState, reviewSummary, type ReviewState } from '../../../shared/review/openItems'
import { reconcileReview, setProvenance, setQuoteStatus, signOff, type Reviewer } from '../../../shared/review/reviewChanges'
import { reviewMarksKey, type ReviewMarksMeta } from '../editor/extensions/reviewMarks'
import { revealSelection } from '../editor/revealSelection'

interface ReviewSession {
  /** Changes when another story is loaded. */
  sessionId: number
  review: Review
  currentDocument: () => ArticleDocument
  setReview: (review: Review) => void
  onEdit: (listener: () => void) => () => void
}

const reviewer = (name: string): Reviewer => ({ by: name, at: new Date().toISOString() })

/** After typing pauses this long, an edit to a verified quote or to what a sign-off covers is reconciled. */
const RECONCILE_DELAY_MS = 500

/**
 * The editor's review in the app: review mode, statuses set from the keyboard, the summary and state, the walk
 * through open items, sign-off, and the reconciliation of edits with what was verified or approved.
 * `reviewer` is the name in settings; `withReviewer` asks for one first when there is none.
 */
export function useReview(editor: Editor | null, session: ReviewSession, reviewerName: string, withReviewer: (then: (name: string) => void) => void) {
  const [on, setOn] = useState(false)
  const [glance, setGlance] = useState<{ summary: string; state: ReviewState }>({ summary: '', state: 'Draft' })
  const latest = useRef(session)
  latest.current = session

  /** The summary, the state and the editor's status colours, from the story as it stands (read once by the caller that has it). */
  const refresh = useCallback((document: ArticleDocument = latest.current.currentDocument()) => {
    setGlance({ summary: reviewSummary(document), state: reviewState(document) })
    if (editor && !editor.isDestroyed) {
      const statuses = Object.fromEntries(Object.entries(document.review.quotes).map(([id, quote]) => [id, quote.status]))
      editor.view.dispatch(editor.state.tr.setMeta(reviewMarksKey, { statuses } satisfies ReviewMarksMeta))
    }
  }, [editor])

  useEffect(() => refresh(), [refresh, session.sessionId, session.review])

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(reviewMarksKey, { on } satisfies ReviewMarksMeta))
  }, [editor, on])

  // Edits: once typing pauses, a verified quote whose words changed is unchecked, and a sign-off whose quotes
  // or sources changed is reopened (each logged under the name in settings).
  const { onEdit } = session
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = onEdit(() => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        const document = latest.current.currentDocument()
        const reconciled = reconcileReview(document, reviewer(reviewerName || 'Unknown'))
        if (reconciled !== document.review) latest.current.setReview(reconciled)
        // The story was just read whole (for a long one, the costly part): the summary reuses it.
        else refresh(document)
      }, RECONCILE_DELAY_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [onEdit, reviewerName, refresh])

  const setStatus = useCallback(
    (quoteId: string, status: ReviewStatus) =>
      withReviewer((name) => {
        const document = latest.current.currentDocument()
        latest.current.setReview(setQuoteStatus(document, quoteId, status, reviewer(name)))
      }),
    [withReviewer]
  )

  const recordProvenance = useCallback(
    (quoteId: string, provenance: Provenance | null) =>
      withReviewer((name) => latest.current.setReview(setProvenance(latest.current.currentDocument().review, quoteId, provenance, reviewer(name)))),
    [withReviewer]
  )

  const approve = useCallback(
    (comment: string) =>
      withReviewer((name) => {
        const document = latest.current.currentDocument()
        latest.current.setReview(signOff({ ...document, review: reconcileReview(document, reviewer(name)) }, comment, reviewer(name)))
      }),
    [withReviewer]
  )

  /**
   * Moves the cursor to the next (or previous) open item — a quote not yet verified, or a sourcing flag the
   * analysis raised (`flags`: their places in the story) — wrapping around, and shows it.
   */
  const goToOpenItem = useCallback(
    (direction: 1 | -1, flags: readonly { from: number; to: number }[]): boolean => {
      if (!editor) return false
      const quotes = latest.current.currentDocument().review.quotes
      const open: { from: number; to: number }[] = []
      const seen = new Map<string, { from: number; to: number }>()
      editor.state.doc.descendants((node, pos) => {
        const quote = node.isText ? node.marks.find((m) => m.type.name === 'quote') : undefined
        if (!quote) return
        const id = quote.attrs.id as string
        const range = seen.get(id)
        if (range) range.to = pos + node.nodeSize
        else if ((quotes[id]?.status ?? 'unchecked') !== 'verified') {
          const created = { from: pos, to: pos + node.nodeSize }
          seen.set(id, created)
          open.push(created)
        } else seen.set(id, { from: pos, to: pos })
      })
      const size = editor.state.doc.content.size
      // Flags from an analysis of an older text may reach past its end: they are left out, not clamped.
      for (const flag of flags) if (flag.to <= size && !open.some((r) => r.from === flag.from)) open.push({ from: flag.from, to: flag.to })
      open.sort((a, b) => a.from - b.from)
      if (open.length === 0) return false
      const cursor = editor.state.selection.from
      const target = direction === 1 ? (open.find((r) => r.from > cursor) ?? open[0]!) : (open.findLast((r) => r.from < cursor) ?? open.at(-1)!)
      revealSelection(editor, target.from, target.to)
      return true
    },
    [editor]
  )

  return { on, toggle: () => setOn((value) => !value), ...glance, setStatus, recordProvenance, approve, goToOpenItem }
}
