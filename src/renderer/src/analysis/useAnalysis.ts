import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { Editor } from '@tiptap/react'
import type { Source } from '../../../shared/article/sources'
import type { Review as StoryReview } from '../../../shared/article/review'
import { AnalysisRunner } from './analysisRunner'
import { StoryAnalysis, type AnalysisState } from './storyAnalysis'

/** How long typing must pause before the story is analysed again (only the edited paragraphs, when that is enough). */
export const ANALYSIS_DELAY_MS = 400
/** How long typing must pause before the whole story is analysed again after such a partial analysis. */
export const WHOLE_ANALYSIS_DELAY_MS = 2_000

/**
 * How long an analysis may run as the user types before the story counts as too long to analyse live (it is
 * then analysed on demand). The engine takes about a second per megabyte at worst, so only a story of several
 * megabytes gets here; the end-to-end tests shorten the budget with `?analysisBudgetMs=` to reach that state with
 * a story of ordinary size. The app never loads its page with a query.
 */
export const LIVE_ANALYSIS_BUDGET_MS = budgetFromQuery(globalThis.location?.search) ?? 4_000

function budgetFromQuery(search: string | undefined): number | null {
  const value = Number(new URLSearchParams(search ?? '').get('analysisBudgetMs') ?? NaN)
  return Number.isFinite(value) && value >= 0 ? value : null
}

export interface Review extends AnalysisState {
  analyseNow: () => void
  accept: StoryAnalysis['accept']
  removeLines: StoryAnalysis['removeLines']
}

/**
 * The analysis of the story in `editor`: owns the worker through a StoryAnalysis, and gives the panels its state
 * and actions. Accepting a suggestion adds its speaker to the article's sources through `setSources`; the flags
 * resolved and suggestions dismissed in the story's `review` are set apart.
 */
export function useAnalysis(editor: Editor | null, sources: Source[], setSources: (update: (sources: Source[]) => Source[]) => void, review: StoryReview): Review | null {
  const latestSources = useRef(sources)
  latestSources.current = sources
  const latestReview = useRef(review)
  latestReview.current = review
  const [story, setStory] = useState<StoryAnalysis | null>(null)
  useEffect(() => {
    if (!editor) return
    const runner = new AnalysisRunner(() => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }))
    const analysis = new StoryAnalysis(editor, runner, {
      delayMs: ANALYSIS_DELAY_MS,
      budgetMs: LIVE_ANALYSIS_BUDGET_MS,
      wholeDelayMs: WHOLE_ANALYSIS_DELAY_MS,
      sources: () => latestSources.current,
      setSources: (next) => setSources(() => next),
      review: () => latestReview.current
    })
    setStory(analysis)
    return () => {
      analysis.dispose()
      setStory(null)
    }
  }, [editor, setSources])
  const { resolvedFlags, dismissedSuggestions } = review
  useEffect(() => story?.decisionsChanged(), [story, resolvedFlags, dismissedSuggestions])
  const subscribe = useCallback((listener: () => void) => story?.subscribe(listener) ?? (() => undefined), [story])
  const state = useSyncExternalStore(subscribe, () => story?.getState() ?? null)
  return useMemo(
    () =>
      story && state && {
        ...state,
        analyseNow: () => story.analyseNow(),
        accept: (chosen) => story.accept(chosen),
        removeLines: (flags) => story.removeLines(flags)
      },
    [story, state]
  )
}
