import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import type { Mark } from '@tiptap/pm/model'
import type { ArticleDocument } from '../../../shared/article/document'
import type { Provenance, Review, ReviewStatus } from '../../../shared/article/review'
import { reviewState, reviewSummary, type ReviewState } from '../../../shared/review/openItems'
import { reconcileReview, setProvenance, setQuoteNote, setQuoteStatus, signOff, type Reviewer } from '../../../shared/review/reviewChanges'
import { addNote, deleteNote, reopenNote, replyToNote, resolveNote } from '../../../shared/review/privateNotes'
import { newId } from '../../../shared/article/sources'
import { privateNotesKey, type NoteLook } from '../editor/extensions/privateNote'
import { reviewMarksKey, type ReviewMarksMeta } from '../editor/extensions/reviewMarks'
import type { NoteActions } from '../panels/NotesPanel'
import { revealSelection } from '../editor/revealSelection'
import { cursorShown } from '../editor/cursorShown'

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
      const looks = Object.fromEntries(
        Object.entries(document.review.notes).map(([id, note]): [string, NoteLook] => [id, { open: !note.resolved, title: `${note.thread[0]!.by}: ${note.thread[0]!.text}` }])
      )
      editor.view.dispatch(editor.state.tr.setMeta(reviewMarksKey, { statuses } satisfies ReviewMarksMeta).setMeta(privateNotesKey, looks))
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

  const setNote = useCallback(
    (quoteId: string, note: string) => withReviewer((name) => latest.current.setReview(setQuoteNote(latest.current.currentDocument().review, quoteId, note, reviewer(name)))),
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

  /** A change to a note's thread, made under the reviewer's name. */
  const changeNotes = useCallback(
    (change: (review: Review, who: Reviewer) => Review) => withReviewer((name) => latest.current.setReview(change(latest.current.currentDocument().review, reviewer(name)))),
    [withReviewer]
  )

  const noteActions = useMemo(
    (): Omit<NoteActions, 'add'> & { add: (text: string) => boolean } => ({
      /** A new note on the selected words; false when no words are selected. */
      add: (text) => {
        if (!editor || editor.state.selection.empty) return false
        const { from, to } = editor.state.selection
        const words = editor.state.doc.textBetween(from, to, '\n')
        const id = newId('n')
        changeNotes((review, who) => {
          editor.chain().focus().setTextSelection({ from, to }).addNote(id).run()
          return addNote(review, id, words, text, who)
        })
        return true
      },
      reply: (id, text) => changeNotes((review, who) => replyToNote(review, id, text, who)),
      resolve: (id) => changeNotes((review, who) => resolveNote(review, id, who)),
      reopen: (id) => changeNotes((review) => reopenNote(review, id)),
      remove: (id) => {
        editor?.commands.removeNote(id)
        latest.current.setReview(deleteNote(latest.current.currentDocument().review, id))
      }
    }),
    [editor, changeNotes]
  )

  /**
   * Moves the cursor to the next (or previous) open item — a quote or sourced block quote not yet verified, a note not resolved, or a sourcing flag the
   * analysis raised (`flags`: their places in the story) — wrapping around, and shows it.
   */
  const goToOpenItem = useCallback(
    (direction: 1 | -1, flags: readonly { from: number; to: number }[]): boolean => {
      if (!editor) return false
      const { quotes, notes } = latest.current.currentDocument().review
      const isOpen = (mark: Mark): boolean =>
        mark.type.name === 'quote' ? (quotes[mark.attrs.id as string]?.status ?? 'unchecked') !== 'verified' : !!notes[mark.attrs.id as string] && !notes[mark.attrs.id as string]!.resolved
      const open: { from: number; to: number }[] = []
      // Each quote or note from its first word to its last, by mark type and id.
      const seen = new Map<string, { from: number; to: number }>()
      editor.state.doc.descendants((node, pos) => {
        const blockId = node.type.name === 'blockquote' && node.attrs.sourceId ? (node.attrs.id as string | null) : null
        if (blockId && (quotes[blockId]?.status ?? 'unchecked') !== 'verified') open.push({ from: pos + 1, to: pos + node.nodeSize - 1 })
        if (!node.isText) return
        for (const mark of node.marks) {
          if (mark.type.name !== 'quote' && mark.type.name !== 'note') continue
          const key = `${mark.type.name} ${mark.attrs.id as string}`
          const range = seen.get(key)
          if (range) range.to = pos + node.nodeSize
          else if (isOpen(mark)) {
            const created = { from: pos, to: pos + node.nodeSize }
            seen.set(key, created)
            open.push(created)
          } else seen.set(key, { from: pos, to: pos })
        }
      })
      const size = editor.state.doc.content.size
      // Flags from an analysis of an older text may reach past its end: they are left out, not clamped.
      for (const flag of flags) if (flag.to <= size && !open.some((r) => r.from === flag.from)) open.push({ from: flag.from, to: flag.to })
      open.sort((a, b) => a.from - b.from)
      if (open.length === 0) return false
      const cursor = cursorShown(editor.view)
      const target = direction === 1 ? (open.find((r) => r.from > cursor) ?? open[0]!) : (open.findLast((r) => r.from < cursor) ?? open.at(-1)!)
      revealSelection(editor, target.from, target.to)
      return true
    },
    [editor]
  )

  // One object for the Quotes panel, stable so that the memoised sidebar does not redraw on every render.
  const quoteActions = useMemo(() => ({ onStatus: setStatus, onNote: setNote, onProvenance: recordProvenance }), [setStatus, setNote, recordProvenance])

  return { on, toggle: () => setOn((value) => !value), ...glance, setStatus, approve, goToOpenItem, noteActions, quoteActions }
}
