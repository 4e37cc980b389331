import type { Editor } from '@tiptap/react'
import type { Review } from '../../../shared/article/review'
import type { Source } from '../../../shared/article/sources'
import type { MarkedQuote } from '../editor/docText'
import { sourceColourClass } from '../editor/sourceColours'
import { revealSelection } from '../editor/revealSelection'
import { QuoteReviewRow, type QuoteReviewActions } from '../review/QuoteReviewRow'

interface Props {
  editor: Editor
  quotes: MarkedQuote[]
  sources: Source[]
  reviews: Review['quotes']
  actions: QuoteReviewActions
}

/** Every marked quote with its speaker, review status, note and provenance; a click selects it in the story. */
export function QuotesPanel({ editor, quotes, sources, reviews, actions }: Props): React.JSX.Element {
  if (quotes.length === 0) return <p className="panel-empty">No quotes marked yet.</p>
  return (
    <ul className="quote-list">
      {quotes.map((quote) => {
        const source = sources.find((s) => s.id === quote.sourceId)
        return (
          <li key={quote.id} data-testid="quote-item">
            <button type="button" className="quote-jump" onClick={() => revealSelection(editor, quote.from, quote.to)}>
              <span className={`swatch ${sourceColourClass(quote.sourceId) || 'cd-unattributed'}`} aria-hidden="true" />
              <span className="quote-text">{quote.text.length > 90 ? `${quote.text.slice(0, 87)}…` : quote.text}</span>
              <span className={source ? 'quote-speaker' : 'quote-speaker missing'}>{source ? source.name : 'No speaker'}</span>
            </button>
            {quote.reviewable && <QuoteReviewRow quoteId={quote.id} review={reviews[quote.id]} speaker={source} {...actions} />}
          </li>
        )
      })}
    </ul>
  )
}
