import { useState } from 'react'
import { REVIEW_STATUS_LABELS, REVIEW_STATUSES, type Provenance, type QuoteReview, type ReviewStatus } from '../../../shared/article/review'
import type { Source } from '../../../shared/article/sources'
import { describeProvenance } from '../../../shared/review/provenance'
import { ProvenanceForm } from './ProvenanceForm'

/** What the Quotes panel can change in a quote's review (each change logged under the reviewer's name). */
export interface QuoteReviewActions {
  onStatus: (quoteId: string, status: ReviewStatus) => void
  onNote: (quoteId: string, note: string) => void
  onProvenance: (quoteId: string, provenance: Provenance | null) => void
}

interface Props extends QuoteReviewActions {
  quoteId: string
  review: QuoteReview | undefined
  speaker: Source | undefined
}

/** One quote's review in the Quotes panel: its status, the editor's note on it, and its provenance. */
export function QuoteReviewRow({ quoteId, review, speaker, onStatus, onNote, onProvenance }: Props): React.JSX.Element {
  const [editing, setEditing] = useState<'note' | 'provenance' | null>(null)
  const [note, setNote] = useState('')
  const status = review?.status ?? 'unchecked'
  const provenance = describeProvenance(review?.provenance ?? null)
  const toggle = (form: 'note' | 'provenance'): void => {
    if (form === 'note') setNote(review?.note ?? '')
    setEditing(editing === form ? null : form)
  }
  return (
    <>
      <div className="quote-review">
        <select className={`review-badge review-badge-${status}`} aria-label="Review status" value={status} onChange={(event) => onStatus(quoteId, event.target.value as ReviewStatus)}>
          {REVIEW_STATUSES.map((value) => (
            <option key={value} value={value}>
              {REVIEW_STATUS_LABELS[value]}
            </option>
          ))}
        </select>
        <span className="quote-provenance" data-testid="quote-provenance">
          {provenance || 'Provenance not recorded'}
        </span>
        <button type="button" className="link-button" onClick={() => toggle('provenance')}>
          {provenance ? 'Edit provenance' : 'Record provenance'}
        </button>
        <button type="button" className="link-button" onClick={() => toggle('note')}>
          {review?.note ? 'Edit note' : 'Add note'}
        </button>
      </div>
      {review?.note && editing !== 'note' && (
        <p className="quote-note" data-testid="quote-note">
          {review.note}
        </p>
      )}
      {editing === 'note' && (
        <form
          className="quote-note-form"
          aria-label="Note on this quote"
          onSubmit={(event) => {
            event.preventDefault()
            onNote(quoteId, note.trim())
            setEditing(null)
          }}
        >
          <label>
            Note for the reporter
            <textarea value={note} rows={2} maxLength={5000} autoFocus onChange={(event) => setNote(event.target.value)} />
          </label>
          <div className="note-buttons">
            <button type="submit">Save note</button>
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {editing === 'provenance' && (
        <ProvenanceForm
          provenance={review?.provenance ?? null}
          speaker={speaker}
          onSave={(value) => {
            onProvenance(quoteId, value)
            setEditing(null)
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </>
  )
}
