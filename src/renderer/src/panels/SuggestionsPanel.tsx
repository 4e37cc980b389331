import type { Editor } from '@tiptap/react'
import type { Flag } from '../../../shared/analysis'
import type { Review } from '../analysis/useAnalysis'
import { revealSelection } from '../editor/revealSelection'
import { AnalysisNotice } from './AnalysisNotice'

interface Props {
  editor: Editor
  review: Review | null
}

const RULE_LABELS: Record<Flag['rule'], string> = {
  'no-speaker': 'No speaker',
  anonymous: 'Anonymous',
  'second-hand': 'Second-hand',
  'duplicate-introduction': 'Introduced twice',
  'name-spelling': 'Spelling',
  'unbalanced-quotes': 'Quotation marks',
  'not-story-text': 'Not story text'
}

/** What the engine found: quotes to mark (nothing changes until accepted) and sourcing problems. */
export function SuggestionsPanel({ editor, review }: Props): React.JSX.Element {
  if (!review) return <p className="panel-empty" role="status">Analysing…</p>
  const { live, flags, suggestions } = review
  const notice = <AnalysisNotice review={review} />
  if (!live) return notice
  const nonStory = flags.filter((f) => f.rule === 'not-story-text')
  const jump = (from: number, to: number): void => revealSelection(editor, from, to)
  // While a newer analysis runs, the results are of an earlier version: marked busy (and dimmed, after a moment).
  const busy = review.status === 'analysing' || review.status === 'on-demand'
  return (
    <div className="suggestions" aria-busy={busy}>
      {notice}
      <section aria-label="Sourcing flags">
        <header className="panel-header">
          <h3>Flags ({flags.length})</h3>
          {nonStory.length > 0 && (
            <button type="button" onClick={() => void review.removeLines(nonStory)}>
              Remove non-story lines ({nonStory.length})
            </button>
          )}
        </header>
        <ul className="flag-list">
          {flags.map((flag) => (
            <li key={`${flag.rule}-${flag.start}`} data-rule={flag.rule} data-testid="flag">
              <button type="button" onClick={() => jump(flag.from, flag.to)}>
                <span className={`flag-rule rule-${flag.rule}`}>{RULE_LABELS[flag.rule]}</span> {flag.message}
              </button>
              {flag.rule === 'not-story-text' && (
                <button type="button" className="link-button" onClick={() => void review.removeLines([flag])}>
                  Remove this line
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Quote suggestions">
        <header className="panel-header">
          <h3>Quotes to mark ({suggestions.length})</h3>
          {suggestions.length > 0 && (
            <button type="button" className="primary" onClick={() => void review.accept(suggestions)}>
              Accept all
            </button>
          )}
        </header>
        {suggestions.length === 0 && <p className="panel-empty">Every quote the engine found is marked.</p>}
        <ul className="suggestion-list">
          {suggestions.map((s) => (
            <li key={s.key} data-testid="suggestion">
              <button type="button" className="suggestion-text" onClick={() => jump(s.from, s.to)}>
                <span className="kind">{s.quote.kind}</span> {s.quote.text.length > 100 ? `${s.quote.text.slice(0, 97)}…` : s.quote.text}
              </button>
              <div className="suggestion-speaker">— {s.source.name}{s.quote.cue ? ` (${s.quote.cue.text})` : ''}</div>
              <div className="suggestion-actions">
                <button type="button" onClick={() => void review.accept([s])}>
                  Accept
                </button>
                <button type="button" onClick={() => review.dismiss(s)}>
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
