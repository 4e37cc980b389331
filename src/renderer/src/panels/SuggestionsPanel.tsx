import type { Editor } from '@tiptap/react'
import type { Flag } from '../../../shared/analysis'
import type { Suggestion } from '../analysis/suggestions'
import type { LiveAnalysis } from '../analysis/useAnalysis'
import { revealSelection } from '../editor/revealSelection'

interface Props {
  editor: Editor
  live: LiveAnalysis | null
  suggestions: Suggestion[]
  onAccept: (suggestions: Suggestion[]) => void
  onDismiss: (suggestion: Suggestion) => void
  /** Deletes lines that are not story text (boilerplate, a stray headline). */
  onRemoveLines: (flags: Flag[]) => void
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
export function SuggestionsPanel({ editor, live, suggestions, onAccept, onDismiss, onRemoveLines }: Props): React.JSX.Element {
  if (!live) return <p className="panel-empty" role="status">Analysing…</p>
  const nonStory = live.analysis.flags.filter((f) => f.rule === 'not-story-text')
  const jump = (from: number, to: number): void => revealSelection(editor, from, to)
  return (
    <div className="suggestions">
      <section aria-label="Sourcing flags">
        <header className="panel-header">
          <h3>Flags ({live.analysis.flags.length})</h3>
          {nonStory.length > 0 && (
            <button type="button" onClick={() => onRemoveLines(nonStory)}>
              Remove non-story lines ({nonStory.length})
            </button>
          )}
        </header>
        <ul className="flag-list">
          {live.analysis.flags.map((flag) => (
            <li key={`${flag.rule}-${flag.start}`} data-rule={flag.rule} data-testid="flag">
              <button type="button" onClick={() => jump(live.mapping.toPos(flag.start), live.mapping.toPos(flag.end))}>
                <span className={`flag-rule rule-${flag.rule}`}>{RULE_LABELS[flag.rule]}</span> {flag.message}
              </button>
              {flag.rule === 'not-story-text' && (
                <button type="button" className="link-button" onClick={() => onRemoveLines([flag])}>
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
            <button type="button" className="primary" onClick={() => onAccept(suggestions)}>
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
                <button type="button" onClick={() => onAccept([s])}>
                  Accept
                </button>
                <button type="button" onClick={() => onDismiss(s)}>
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
