import { memo, useEffect, useMemo, useState } from 'react'
import type { Editor } from '@tiptap/react'
import type { Source } from '../../../shared/article/sources'
import type { Flag } from '../../../shared/analysis'
import { removeFlaggedLines } from '../analysis/removeLines'
import { acceptSuggestions, suggestionsOf, type Suggestion } from '../analysis/suggestions'
import { currentAnalysis, useAnalysis } from '../analysis/useAnalysis'
import { useMarkedQuotes } from '../hooks/useMarkedQuotes'
import { annotationsKey } from '../editor/extensions/annotations'
import { syncSelectionFromDom } from '../editor/syncSelection'
import { QuotesPanel } from './QuotesPanel'
import { SourcesPanel } from './SourcesPanel'
import { SuggestionsPanel } from './SuggestionsPanel'

interface Props {
  editor: Editor
  sources: Source[]
  setSources: (update: (sources: Source[]) => Source[]) => void
}

type Tab = 'suggestions' | 'sources' | 'quotes'


/** Suggestions, Sources and Quotes beside the story. Memoised: typing in the story does not re-render it. */
export const Sidebar = memo(function Sidebar({ editor, sources, setSources }: Props): React.JSX.Element {
  const [tab, setTab] = useState<Tab>('suggestions')
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const [highlighted, setHighlighted] = useState<string | null>(null)
  const live = useAnalysis(editor)
  // Accepted suggestions disappear at once; the next analysis (which sees the new marks) clears the list.
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set())
  useEffect(() => setAccepted(new Set()), [live])
  const quotes = useMarkedQuotes(editor)
  const suggestions = useMemo(() => (live ? suggestionsOf(live, new Set([...dismissed, ...accepted])) : []), [live, dismissed, accepted])

  // Subtle underlines for what the engine found; they never change the text.
  useEffect(() => {
    if (!live || live.doc !== editor.state.doc) return
    const underlines = [
      ...suggestions.map((s) => ({ from: s.from, to: s.to, className: 'cd-suggestion', title: `Suggested quote — ${s.source.name}` })),
      ...live.analysis.flags.map((f) => ({ from: live.mapping.toPos(f.start), to: live.mapping.toPos(f.end), className: `cd-flag cd-flag-${f.rule}`, title: f.message }))
    ]
    // Redrawing decorations resets the browser's selection from the editor's; catch up with a selection the
    // user is extending right now (selectionchange arrives late) so a Shift+Arrow is never lost.
    syncSelectionFromDom(editor)
    editor.view.dispatch(editor.state.tr.setMeta(annotationsKey, { underlines }).setMeta('addToHistory', false))
  }, [editor, live, suggestions])

  const highlight = (sourceId: string | null): void => {
    setHighlighted(sourceId)
    editor.view.dispatch(editor.state.tr.setMeta(annotationsKey, { highlightSourceId: sourceId }).setMeta('addToHistory', false))
  }
  const accept = (chosen: Suggestion[]): void => {
    // Positions must match the story as it is now: take the suggestions afresh if it changed since.
    const current = currentAnalysis(editor, live)
    const keys = new Set(chosen.map((s) => s.key))
    const fresh = current === live ? chosen : suggestionsOf(current, dismissed).filter((s) => keys.has(s.key))
    const next = acceptSuggestions(editor, current, fresh, sources)
    setAccepted((done) => new Set([...done, ...keys]))
    setSources(() => next)
  }
  const removeLines = (flags: Flag[]): void => {
    const current = currentAnalysis(editor, live)
    const wanted = new Set(flags.map((f) => f.message))
    removeFlaggedLines(editor, current, current === live ? flags : current.analysis.flags.filter((f) => wanted.has(f.message)))
  }
  const counts = useMemo(() => {
    const map = new Map<string, number>()
    for (const q of quotes) if (q.sourceId) map.set(q.sourceId, (map.get(q.sourceId) ?? 0) + 1)
    return map
  }, [quotes])

  const tabs: { id: Tab; label: string }[] = [
    { id: 'suggestions', label: `Review${live ? ` (${suggestions.length + live.analysis.flags.length})` : ''}` },
    { id: 'sources', label: `Sources (${sources.length})` },
    { id: 'quotes', label: `Quotes (${quotes.length})` }
  ]
  return (
    <aside className="sidebar" aria-label="Sourcing">
      <div role="tablist" className="tabs">
        {tabs.map((t) => (
          <button key={t.id} role="tab" type="button" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tab-panel">
        {tab === 'suggestions' && (
          <SuggestionsPanel
            editor={editor}
            live={live}
            suggestions={suggestions}
            onAccept={accept}
            onDismiss={(s) => setDismissed(new Set([...dismissed, s.key]))}
            onRemoveLines={removeLines}
          />
        )}
        {tab === 'sources' && (
          <SourcesPanel
            sources={sources}
            quoteCounts={counts}
            highlighted={highlighted}
            onHighlight={highlight}
            onChange={(changed) => setSources((list) => list.map((s) => (s.id === changed.id ? changed : s)))}
          />
        )}
        {tab === 'quotes' && <QuotesPanel editor={editor} quotes={quotes} sources={sources} />}
      </div>
    </aside>
  )
})
