import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import type { Flag } from '../../../shared/analysis'
import type { Review } from '../analysis/useAnalysis'
import type { EngineDecisions } from '../analysis/useEngineDecisions'
import type { PlacedFlag } from '../analysis/storyAnalysis'
import type { Suggestion } from '../analysis/suggestions'
import { revealSelection } from '../editor/revealSelection'
import { useSelectedRange } from '../hooks/useSelectedRange'
import { AnalysisNotice } from './AnalysisNotice'
import { FlagResolveForm } from './FlagResolveForm'

interface Props {
  editor: Editor
  review: Review | null
  decisions: EngineDecisions
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

/** The engine's messages open with their own label ("Second-hand: …"), which the badge beside them already shows. */
const withoutLabel = (message: string): string => message.replace(/^[A-Z][A-Za-z -]{2,30}: /, '')
const flagKey = (flag: PlacedFlag): string => `${flag.rule}-${flag.start}`

/** What the engine found: quotes to mark (nothing changes until accepted) and sourcing problems, and what was decided about them. */
export function SuggestionsPanel({ editor, review, decisions }: Props): React.JSX.Element {
  const [resolving, setResolving] = useState<string | null>(null)
  const [showDismissed, setShowDismissed] = useState(false)
  const selected = useSelectedRange(editor)
  // An item acted on (accepted, dismissed, resolved) leaves the list: focus goes to the item that took its place,
  // or the list's heading, never to the page's body.
  const panel = useRef<HTMLDivElement>(null)
  const refocus = useRef<{ items: string; index: number; key: string } | null>(null)
  useEffect(() => {
    const wanted = refocus.current
    // Until the item has gone (the analysis hears of the decision a render later), there is nothing to do.
    if (!wanted || !panel.current || Array.from(panel.current.querySelectorAll('[data-key]')).some((item) => item.getAttribute('data-key') === wanted.key)) return
    refocus.current = null
    const items = panel.current.querySelectorAll(`[data-testid="${wanted.items}"]`)
    const next = items[Math.min(wanted.index, items.length - 1)]?.querySelector('button') ?? panel.current.querySelector<HTMLElement>(`[data-heading="${wanted.items}"]`)
    next?.focus()
  })
  const leaving = (items: 'flag' | 'suggestion', index: number, key: string): void => void (refocus.current = { items, index, key })
  if (!review) return <p className="panel-empty" role="status">Analysing…</p>
  const { live, flags, resolved, suggestions, dismissed } = review
  const notice = <AnalysisNotice review={review} />
  if (!live) return notice
  const nonStory = flags.filter((f) => f.rule === 'not-story-text')
  const jump = (from: number, to: number): void => revealSelection(editor, from, to)
  /** The item whose words are selected in the story (after a jump from here, or F8): shown as the current one. */
  const current = (from: number, to: number): boolean => selected !== null && selected.from === from && selected.to === to
  // While a newer analysis runs, the results are of an earlier version: marked busy (and dimmed, after a moment).
  const busy = review.status === 'analysing' || review.status === 'on-demand'
  return (
    <div className="suggestions" aria-busy={busy} ref={panel}>
      {notice}
      <section aria-label="Sourcing flags">
        <header className="panel-header">
          <h2 tabIndex={-1} data-heading="flag">
            Flags ({flags.length})
          </h2>
          {nonStory.length > 0 && (
            <button type="button" onClick={() => void review.removeLines(nonStory)}>
              Remove non-story lines ({nonStory.length})
            </button>
          )}
        </header>
        <ul className="flag-list">
          {flags.map((flag, index) => (
            <li key={flagKey(flag)} data-key={flagKey(flag)} data-rule={flag.rule} data-testid="flag" className={current(flag.from, flag.to) ? 'current' : undefined} aria-current={current(flag.from, flag.to) || undefined}>
              <button type="button" className="flag-jump" onClick={() => jump(flag.from, flag.to)}>
                <span className={`flag-rule rule-${flag.rule}`}>{RULE_LABELS[flag.rule]}</span> {withoutLabel(flag.message)}
              </button>
              {resolving === flagKey(flag) ? (
                <FlagResolveForm
                  onResolve={(reason) => {
                    setResolving(null)
                    leaving('flag', index, flagKey(flag))
                    decisions.resolve(flag, reason)
                  }}
                  onCancel={() => setResolving(null)}
                />
              ) : (
                <div className="flag-actions">
                  <button type="button" className="link-button" onClick={() => setResolving(flagKey(flag))}>
                    Resolve…
                  </button>
                  {flag.rule === 'not-story-text' && (
                    <button type="button" className="link-button" onClick={() => void review.removeLines([flag])}>
                      Remove this line
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
        {resolved.length > 0 && (
          <details className="resolved-flags">
            <summary>Resolved ({resolved.length})</summary>
            <ul className="flag-list">
              {resolved.map(({ flag, resolution }) => (
                <li key={flagKey(flag)} data-testid="resolved-flag">
                  <button type="button" className="flag-jump" onClick={() => jump(flag.from, flag.to)}>
                    <span className="flag-rule resolved">{RULE_LABELS[flag.rule]}</span> {withoutLabel(flag.message)}
                  </button>
                  <p className="resolution">
                    Resolved by {resolution.by || 'someone'}
                    {resolution.reason ? `: ${resolution.reason}` : ''}{' '}
                    <button type="button" className="link-button" onClick={() => decisions.reopen(flag)}>
                      Reopen
                    </button>
                  </p>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <section aria-label="Quote suggestions">
        <header className="panel-header">
          <h2 tabIndex={-1} data-heading="suggestion">
            Quotes to mark ({suggestions.length})
          </h2>
          {suggestions.length > 0 && (
            <button type="button" className="primary" onClick={() => void review.accept(suggestions)}>
              Accept all
            </button>
          )}
        </header>
        {suggestions.length === 0 && (
          <p className="panel-empty">{dismissed.length > 0 ? 'Nothing left to mark: every other quote the engine found is marked.' : 'Every quote the engine found is marked.'}</p>
        )}
        <ul className="suggestion-list">
          {suggestions.map((s, index) => (
            <li key={s.key} data-key={s.key} data-testid="suggestion" className={current(s.from, s.to) ? 'current' : undefined} aria-current={current(s.from, s.to) || undefined}>
              <SuggestedWords suggestion={s} onJump={jump} />
              <div className="suggestion-speaker">— {s.source.name}{s.quote.cue ? ` (${s.quote.cue.text})` : ''}</div>
              <div className="suggestion-actions">
                <button
                  type="button"
                  onClick={() => {
                    leaving('suggestion', index, s.key)
                    void review.accept([s])
                  }}
                >
                  Accept
                </button>
                <button
                  type="button"
                  onClick={() => {
                    leaving('suggestion', index, s.key)
                    decisions.dismiss(s)
                  }}
                >
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ul>
        {dismissed.length > 0 && (
          <div className="dismissed">
            <button type="button" className="link-button" aria-expanded={showDismissed} onClick={() => setShowDismissed((shown) => !shown)}>
              {dismissed.length} dismissed · {showDismissed ? 'Hide' : 'Show'}
            </button>
            {showDismissed && (
              <ul className="suggestion-list">
                {dismissed.map((s) => (
                  <li key={s.key} data-testid="dismissed-suggestion">
                    <SuggestedWords suggestion={s} onJump={jump} />
                    <div className="suggestion-speaker">— {s.source.name}</div>
                    <button type="button" onClick={() => decisions.restore(s)}>
                      Restore
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
    </div>
  )
}

/** A suggested quote's kind and words (the first hundred characters), which select it in the story. */
function SuggestedWords({ suggestion: { quote, from, to }, onJump }: { suggestion: Suggestion; onJump: (from: number, to: number) => void }): React.JSX.Element {
  return (
    <button type="button" className="suggestion-text" onClick={() => onJump(from, to)}>
      <span className="kind">{quote.kind}</span> {quote.text.length > 100 ? `${quote.text.slice(0, 97)}…` : quote.text}
    </button>
  )
}
