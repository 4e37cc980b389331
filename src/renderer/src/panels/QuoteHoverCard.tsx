import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { REVIEW_STATUS_LABELS, type Review } from '../../../shared/article/review'
import { STATUS_LABELS, type Source } from '../../../shared/article/sources'
import { describeProvenance } from '../../../shared/review/provenance'

interface Props {
  editor: Editor
  sources: Source[]
  /** Each quote's review, for its status and where it came from. */
  quoteReviews: Review['quotes']
}

/**
 * Hovering a quote shows who said it, on what terms, its review status and where it came from. The card keeps
 * which quote is hovered, not its text, so a status set while the pointer rests on the quote shows at once.
 */
export function QuoteHoverCard({ editor, sources, quoteReviews }: Props): React.JSX.Element | null {
  const [card, setCard] = useState<{ top: number; left: number; quoteId: string; sourceId: string | null } | null>(null)
  useEffect(() => {
    const dom = editor.view.dom
    const onOver = (event: MouseEvent): void => {
      const quote = (event.target as HTMLElement).closest?.('.cd-quote')
      if (!quote) return setCard(null)
      const box = quote.getBoundingClientRect()
      setCard({ top: box.bottom + window.scrollY + 4, left: box.left, quoteId: quote.getAttribute('data-quote-id') ?? '', sourceId: quote.getAttribute('data-source-id') })
    }
    const onLeave = (): void => setCard(null)
    dom.addEventListener('mouseover', onOver)
    dom.addEventListener('mouseleave', onLeave)
    return () => {
      dom.removeEventListener('mouseover', onOver)
      dom.removeEventListener('mouseleave', onLeave)
    }
  }, [editor])
  if (!card) return null
  const source = sources.find((s) => s.id === card.sourceId)
  const review = quoteReviews[card.quoteId]
  const provenance = describeProvenance(review?.provenance ?? null)
  return (
    <div className="hover-card" role="tooltip" style={{ top: card.top, left: card.left }}>
      {source ? `${source.name}${source.role ? `, ${source.role}` : ''} · ${STATUS_LABELS[source.status]}` : 'No speaker — attribute this quote'}
      <br />
      <span className="hover-card-review">
        {REVIEW_STATUS_LABELS[review?.status ?? 'unchecked']} · {provenance || 'provenance not recorded'}
        {review?.note ? ` · ${review.note}` : ''}
      </span>
    </div>
  )
}
