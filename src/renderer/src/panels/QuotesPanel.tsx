import type { Editor } from '@tiptap/react'
import type { Source } from '../../../shared/article/sources'
import type { MarkedQuote } from '../editor/docText'
import { sourceColourClass } from '../editor/extensions/sourceAttribute'
import { revealSelection } from '../editor/revealSelection'

interface Props {
  editor: Editor
  quotes: MarkedQuote[]
  sources: Source[]
}

/** Every marked quote with its speaker; a click selects it in the story. */
export function QuotesPanel({ editor, quotes, sources }: Props): React.JSX.Element {
  if (quotes.length === 0) return <p className="panel-empty">No quotes marked yet.</p>
  return (
    <ul className="quote-list">
      {quotes.map((quote) => {
        const source = sources.find((s) => s.id === quote.sourceId)
        return (
          <li key={quote.id}>
            <button type="button" onClick={() => revealSelection(editor, quote.from, quote.to)}>
              <span className={`swatch ${sourceColourClass(quote.sourceId) || "cd-unattributed"}`} aria-hidden="true" />
              <span className="quote-text">{quote.text.length > 90 ? `${quote.text.slice(0, 87)}…` : quote.text}</span>
              <span className={source ? 'quote-speaker' : 'quote-speaker missing'}>{source ? source.name : 'No speaker'}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
