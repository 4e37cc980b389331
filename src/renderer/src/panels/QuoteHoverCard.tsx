import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { REVIEW_STATUS_LABELS, type Review } from '../../../shared/article/review'
import { STATUS_LABELS, type Source } from '../../../shared/article/sources'
import { describeProvenance } from '../../../shared/review/provenance'
import { useFloatingBeside, type AnchorRect } from '../hooks/useFloatingBeside'

interface Props {
  editor: Editor
  sources: Source[]
  /** Each quote's review, for its status and where it came from. */
  quoteReviews: Review['quotes']
  /** Counts Review ▸ Who Said It: the card for the quote or attribution at the caret. */
  request: number
}

/** What the card is about: a quote (by its id) or an attribution cue, and the source either names. */
interface Subject {
  anchor: AnchorRect
  kind: 'quote' | 'attribution'
  quoteId: string
  sourceId: string | null
}

const MARKED = '.cd-quote, .cd-attribution'
/** Keys that move the caret, or leave: the card is about where the caret was. */
const CARET_KEYS = /^(Arrow|Page|Home$|End$|Escape$|Tab$)/

function subjectOf(element: Element, anchor: AnchorRect): Subject {
  const quote = element.classList.contains('cd-quote')
  return { anchor, kind: quote ? 'quote' : 'attribution', quoteId: element.getAttribute('data-quote-id') ?? '', sourceId: element.getAttribute('data-source-id') }
}

/**
 * Who said a quote, on what terms, its review status and where it came from; for an attribution cue, whom it
 * names. It shows when the pointer moves onto a quote or cue (never while typing: a key hides it until the mouse
 * moves again) and for the one at the caret on Review ▸ Who Said It (keyboard). Placed beside the line, wrapped
 * narrow, inside the window. It keeps which quote it is about, so a status set meanwhile shows at once.
 */
export function QuoteHoverCard({ editor, sources, quoteReviews, request }: Props): React.JSX.Element | null {
  const [subject, setSubject] = useState<Subject | null>(null)
  const card = useRef<HTMLDivElement>(null)
  const position = useFloatingBeside(subject?.anchor ?? null, card, 'top-start')

  useEffect(() => {
    const dom = editor.view.dom
    let pointer = { x: NaN, y: NaN }
    const onMove = (event: MouseEvent): void => {
      // Chromium sends a mousemove when the page changes under a still pointer: only a real move counts.
      if (event.clientX === pointer.x && event.clientY === pointer.y) return
      pointer = { x: event.clientX, y: event.clientY }
      const marked = (event.target as HTMLElement).closest?.(MARKED)
      if (!marked) return setSubject(null)
      // The line the pointer is on, not the whole (perhaps many-line) quote.
      const line = Array.from(marked.getClientRects()).find((rect) => event.clientY >= rect.top && event.clientY <= rect.bottom) ?? marked.getBoundingClientRect()
      setSubject((current) => (current?.quoteId === marked.getAttribute('data-quote-id') && current.anchor.top === line.top ? current : subjectOf(marked, line)))
    }
    const hide = (): void => setSubject(null)
    // Typing (any input) or moving the caret hides it; a shortcut, or a review key (V in review mode), does not.
    const onKey = (event: KeyboardEvent): void => {
      if (!event.ctrlKey && !event.metaKey && !event.altKey && CARET_KEYS.test(event.key)) hide()
    }
    dom.addEventListener('beforeinput', hide)
    dom.addEventListener('mousemove', onMove)
    dom.addEventListener('mouseleave', hide)
    dom.addEventListener('keydown', onKey)
    return () => {
      dom.removeEventListener('mousemove', onMove)
      dom.removeEventListener('mouseleave', hide)
      dom.removeEventListener('keydown', onKey)
      dom.removeEventListener('beforeinput', hide)
    }
  }, [editor])

  useEffect(() => {
    if (request === 0) return
    const { from, $from } = editor.state.selection
    // The quote or cue the caret is in (or just after, at its end), found by its mark's id.
    const mark = [...$from.marks(), ...($from.nodeBefore?.marks ?? [])].find((m) => m.type.name === 'quote' || m.type.name === 'attribution')
    const selector = mark && `[data-${mark.type.name === 'quote' ? 'quote' : 'attribution'}-id="${CSS.escape(String(mark.attrs.id))}"]`
    const element = selector ? editor.view.dom.querySelector(selector) : null
    if (!element) return setSubject(null)
    const { top, bottom, left } = editor.view.coordsAtPos(from)
    setSubject(subjectOf(element, { top, bottom, left, right: left, width: 0, height: bottom - top, x: left, y: top }))
  }, [request, editor])

  if (!subject) return null
  const source = sources.find((s) => s.id === subject.sourceId)
  const who = source ? `${source.name}${source.role ? `, ${source.role}` : ''} · ${STATUS_LABELS[source.status]}` : null
  const review = quoteReviews[subject.quoteId]
  const provenance = describeProvenance(review?.provenance ?? null)
  return (
    <div ref={card} className="hover-card" role="tooltip" style={position ? { top: position.top, left: position.left } : { opacity: 0 }}>
      {subject.kind === 'attribution' ? (
        <>Attributes to {who ?? 'no one yet — mark who it names'}</>
      ) : (
        <>
          {who ?? 'No speaker — attribute this quote'}
          <br />
          <span className="hover-card-review">
            {REVIEW_STATUS_LABELS[review?.status ?? 'unchecked']} · {provenance || 'provenance not recorded'}
            {review?.note ? ` · ${review.note}` : ''}
          </span>
        </>
      )}
    </div>
  )
}
