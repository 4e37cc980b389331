import { useState } from 'react'
import type { Editor } from '@tiptap/react'
import { REVIEW_STATUS_LABELS, type Provenance, type Review } from '../../../shared/article/review'
import type { Source } from '../../../shared/article/sources'
import { describeProvenance } from '../../../shared/review/provenance'
import type { MarkedQuote } from '../editor/docText'
import { sourceColourClass } from '../editor/extensions/sourceAttribute'
import { revealSelection } from '../editor/revealSelection'
import { ProvenanceForm } from '../review/ProvenanceForm'

interface Props {
  editor: Editor
  quotes: MarkedQuote[]
  sources: Source[]
  reviews: Review['quotes']
  onProvenance: (quoteId: string, provenance: Provenance | null) => void
}

/** Every marked quote with its speaker, review status and provenance; a click selects it in the story. */
export function QuotesPanel({ editor, quotes, sources, reviews, onProvenance }: Props): React.JSX.Element {
  const [editing, setEditing] = useState<string | null>(null)
  if (quotes.length === 0) return <p className="panel-empty">No quotes marked yet.</p>
  return (
    <ul className="quote-list">
      {quotes.map((quote) => {
        const source = sources.find((s) => s.id === quote.sourceId)
        const review = reviews[quote.id]
        const status = review?.status ?? 'unchecked'
        const provenance = describeProvenance(review?.provenance ?? null)
        return (
          <li key={quote.id} data-testid="quote-item">
            <button type="button" className="quote-jump" onClick={() => revealSelection(editor, quote.from, quote.to)}>
              <span className={`swatch ${sourceColourClass(quote.sourceId) || 'cd-unattributed'}`} aria-hidden="true" />
              <span className="quote-text">{quote.text.length > 90 ? `${quote.text.slice(0, 87)}…` : quote.text}</span>
              <span className={source ? 'quote-speaker' : 'quote-speaker missing'}>{source ? source.name : 'No speaker'}</span>
            </button>
            {/* A sourced block quote has no quote mark and so no review of its own (yet). */}
            {quote.kind !== 'block' && (
            <div className="quote-review">
              <span className={`review-badge review-badge-${status}`}>{REVIEW_STATUS_LABELS[status]}</span>
              <span className="quote-provenance" data-testid="quote-provenance">
                {provenance || 'Provenance not recorded'}
              </span>
              <button type="button" className="link-button" onClick={() => setEditing(editing === quote.id ? null : quote.id)}>
                {provenance ? 'Edit provenance' : 'Record provenance'}
              </button>
            </div>
            )}
            {editing === quote.id && (
              <ProvenanceForm
                provenance={review?.provenance ?? null}
                onSave={(value) => {
                  onProvenance(quote.id, value)
                  setEditing(null)
                }}
                onCancel={() => setEditing(null)}
              />
            )}
          </li>
        )
      })}
    </ul>
  )
}
