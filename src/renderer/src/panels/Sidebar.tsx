import { memo, useMemo, useState } from 'react'
import type { Editor } from '@tiptap/react'
import type { Review as EditorialReview } from '../../../shared/article/review'
import type { QuoteReviewActions } from '../review/QuoteReviewRow'
import type { Source } from '../../../shared/article/sources'
import type { Review } from '../analysis/useAnalysis'
import type { EngineDecisions } from '../analysis/useEngineDecisions'
import type { SourceActions } from '../sources/useSourceActions'
import { markedQuotes } from '../editor/docText'
import { useStoryReading } from '../hooks/useStoryReading'
import { annotationsKey } from '../editor/extensions/annotations'
import { NotesPanel, type NoteActions } from './NotesPanel'
import { PanelSplitter } from './PanelSplitter'
import { QuotesPanel } from './QuotesPanel'
import { SourcesPanel } from './SourcesPanel'
import { SuggestionsPanel } from './SuggestionsPanel'
import type { PanelTab } from '../../../shared/sidePanel'

interface Props {
  editor: Editor
  sources: Source[]
  setSources: (update: (sources: Source[]) => Source[]) => void
  /** The story's analysis (useAnalysis): what the Review tab shows and does. */
  review: Review | null
  /** Deleting and merging sources. */
  sourceActions: SourceActions
  /** Resolving and reopening its flags, dismissing and restoring its suggestions. */
  decisions: EngineDecisions
  /** The editor's review of each quote, and where the reporter says it came from. */
  quoteReviews: EditorialReview['quotes']
  quoteActions: QuoteReviewActions
  /** The private notes' threads, and what can be done to them. */
  notes: EditorialReview['notes']
  noteActions: NoteActions
  /** "14 quotes: 9 verified, …; 3 open notes", in view above every tab. */
  reviewSummary: string
  /** The open tab (remembered with the window's place), and choosing another. */
  tab: PanelTab
  onTab: (tab: PanelTab) => void
  /** The panel's width, which the splitter on its left edge changes. */
  width: number
  onWidth: (width: number) => void
}

/** Review, Sources, Quotes and Notes beside the story, under the review's summary. Memoised: typing in the story does not re-render it. */
export const Sidebar = memo(function Sidebar({ editor, sources, setSources, sourceActions, review, decisions, quoteReviews, quoteActions, notes, noteActions, reviewSummary, tab, onTab, width, onWidth }: Props): React.JSX.Element {
  const [highlighted, setHighlighted] = useState<string | null>(null)
  const quotes = useStoryReading(editor, markedQuotes)

  const highlight = (sourceId: string | null): void => {
    setHighlighted(sourceId)
    editor.view.dispatch(editor.state.tr.setMeta(annotationsKey, { highlightSourceId: sourceId }).setMeta('addToHistory', false))
  }
  const counts = useMemo(() => {
    const map = new Map<string, number>()
    for (const q of quotes) if (q.sourceId) map.set(q.sourceId, (map.get(q.sourceId) ?? 0) + 1)
    return map
  }, [quotes])

  const tabs: { id: PanelTab; label: string }[] = [
    { id: 'suggestions', label: `Review${review?.live ? ` (${review.suggestions.length + review.flags.length})` : ''}` },
    { id: 'sources', label: `Sources (${sources.length})` },
    { id: 'quotes', label: `Quotes (${quotes.length})` },
    { id: 'notes', label: `Notes (${Object.values(notes).filter((note) => !note.resolved).length})` }
  ]
  return (
    <aside className="sidebar" aria-label="Sourcing">
      <PanelSplitter width={width} onWidth={onWidth} />
      <p className="sidebar-summary" data-testid="panel-summary">
        {reviewSummary}
      </p>
      {/* The ARIA tabs pattern: one Tab stop, the arrow keys (and Home, End) move between the tabs. */}
      <div role="tablist" className="tabs" aria-label="Sourcing panels" onKeyDown={(event) => moveTab(event, tabs.map((t) => t.id), tab, onTab)}>
        {tabs.map((t) => (
          <button key={t.id} id={`tab-${t.id}`} role="tab" type="button" aria-selected={tab === t.id} aria-controls="sidebar-panel" tabIndex={tab === t.id ? 0 : -1} onClick={() => onTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="sidebar-panel" className="tab-panel" aria-labelledby={`tab-${tab}`}>
        {tab === 'suggestions' && <SuggestionsPanel editor={editor} review={review} decisions={decisions} />}
        {tab === 'sources' && (
          <SourcesPanel
            sources={sources}
            quoteCounts={counts}
            highlighted={highlighted}
            onHighlight={highlight}
            onChange={(changed) => setSources((list) => list.map((s) => (s.id === changed.id ? changed : s)))}
            actions={sourceActions}
          />
        )}
        {tab === 'quotes' && <QuotesPanel editor={editor} quotes={quotes} sources={sources} reviews={quoteReviews} actions={quoteActions} />}
        {tab === 'notes' && <NotesPanel editor={editor} notes={notes} actions={noteActions} />}
      </div>
    </aside>
  )
})

const TAB_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1
}

/** Arrow keys, Home and End on the tab list: the next tab opens and takes focus. */
function moveTab(event: React.KeyboardEvent, ids: PanelTab[], current: PanelTab, onTab: (tab: PanelTab) => void): void {
  const step = TAB_KEYS[event.key]
  if (!step) return
  event.preventDefault()
  const next = ids[step(ids.indexOf(current), ids.length)]!
  onTab(next)
  document.getElementById(`tab-${next}`)?.focus()
}
