import type { Editor } from '@tiptap/react'
import type { Analysis, Flag } from '../../../shared/analysis'
import type { Source } from '../../../shared/article/sources'
import type { ResolvedFlag, Review } from '../../../shared/article/review'
import { isDismissed, resolutionOf } from '../../../shared/review/engineDecisions'
import { docText, type DocText } from '../editor/docText'
import { annotationsKey } from '../editor/extensions/annotations'
import { syncSelectionFromDom } from '../editor/syncSelection'
import type { AnalysisRunner } from './analysisRunner'
import { removeFlaggedLines } from './removeLines'
import { acceptSuggestions, suggestionsOf, type Suggestion } from './suggestions'

export interface LiveAnalysis {
  analysis: Analysis
  /** The text and position map of the document version that was analysed. */
  mapping: DocText
  /** The document the analysis belongs to. */
  doc: Editor['state']['doc']
}

/** A flag with its place in the document it was found in, and the words it points at. */
export interface PlacedFlag extends Flag {
  from: number
  to: number
  text: string
}

export type AnalysisStatus =
  /** A live analysis is running; results shown, if any, are of an earlier version of the story. */
  | 'analysing'
  /** The results are of the story as it is. */
  | 'ready'
  /** A live analysis outlasted its budget: until the story gets shorter, it is analysed only on demand. */
  | 'too-long'
  /** An analysis the user asked for, without a budget. */
  | 'on-demand'
  | 'failed'

export interface AnalysisState {
  status: AnalysisStatus
  /** The latest results (of `live.doc`), with every position already in document terms. */
  live: LiveAnalysis | null
  /** Flags nobody has resolved. */
  flags: PlacedFlag[]
  /** Flags resolved (their words unchanged since), with who resolved them and why. */
  resolved: { flag: PlacedFlag; resolution: ResolvedFlag }[]
  /** Quotes to mark, less those dismissed or just accepted. */
  suggestions: Suggestion[]
  /** Quotes the engine still finds that the reporter dismissed. */
  dismissed: Suggestion[]
  /** Why the last analysis failed, when it did. */
  failure: string | null
}

export interface StoryAnalysisOptions {
  /** How long typing must pause before the story is analysed again. */
  delayMs: number
  /** How long a live analysis may run before the story counts as too long to analyse as you type. */
  budgetMs: number
  /**
   * How long typing must pause, after a live analysis of only the edited paragraphs, before the whole story is
   * analysed again (for what spans the story: a name introduced twice, a spelling that differs).
   */
  wholeDelayMs: number
  /** The article's source list now, and where an accepted suggestion's new list goes. */
  sources: () => Source[]
  setSources: (sources: Source[]) => void
  /** The story's review now: the flags resolved and the suggestions dismissed there are set apart. */
  review: () => Review
}

interface Placed {
  live: LiveAnalysis
  flags: PlacedFlag[]
  suggestions: Suggestion[]
  /** Found by re-analysing only the edited paragraphs: story-wide flags may be missing there. */
  partial: boolean
}

/**
 * The analysis of the story in an editor, kept up to date in a worker: a live run once typing pauses, stopped
 * by the next edit or by its budget; on demand (no budget) once the story is too long for live runs. Results are
 * turned into document positions once, when they arrive, and drawn as underlines. Actions on the results
 * (accept, remove lines) wait for an analysis of the story as it is now: the engine never runs on this thread.
 */
export class StoryAnalysis {
  private state: AnalysisState = { status: 'analysing', live: null, flags: [], resolved: [], suggestions: [], dismissed: [], failure: null }
  private readonly listeners = new Set<() => void>()
  private placed: Placed | null = null
  /** Accepted suggestions disappear at once; the next analysis (which sees their marks) replaces the list. */
  private readonly accepted = new Set<string>()
  /** The length of text a live analysis ran out of time on: stories at least this long wait for "Analyse now". */
  private tooLongAt: number | null = null
  /** The document being analysed, and the number of the latest run (an older run's outcome is ignored). */
  private inFlight: { doc: Editor['state']['doc'] | null; run: number } = { doc: null, run: 0 }
  private waiting: ((live: LiveAnalysis | null) => void)[] = []
  private timer: ReturnType<typeof setTimeout> | undefined
  private disposed = false

  constructor(
    private readonly editor: Editor,
    private readonly runner: AnalysisRunner,
    private readonly options: StoryAnalysisOptions
  ) {
    editor.on('update', this.onUpdate)
    void this.analyse('live')
  }

  getState = (): AnalysisState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Analyses the story as it is now, however long it takes (still in the worker). */
  analyseNow(): void {
    void this.analyse('on-demand')
  }

  /** The review's resolved flags or dismissed suggestions changed: the lists and underlines follow. */
  decisionsChanged(): void {
    this.showResults()
  }

  /** Marks the chosen quotes and their speakers, once an analysis of the story as it is now has placed them. */
  async accept(chosen: Suggestion[]): Promise<void> {
    for (const suggestion of chosen) this.accepted.add(suggestion.key)
    this.showResults()
    const live = await this.current()
    const keys = new Set(chosen.map((s) => s.key))
    if (!live || !this.placed) {
      for (const key of keys) this.accepted.delete(key)
      this.showResults()
      return
    }
    const fresh = this.placed.suggestions.filter((s) => keys.has(s.key))
    this.options.setSources(acceptSuggestions(this.editor, live, fresh, this.options.sources()))
  }

  /** Removes lines that are not story text, as an analysis of the story as it is now places them. */
  async removeLines(flags: Flag[]): Promise<void> {
    const live = await this.current()
    if (!live || !this.placed) return
    const wanted = new Set(flags.map((f) => f.message))
    removeFlaggedLines(this.editor, this.placed.flags.filter((f) => wanted.has(f.message)))
  }

  dispose(): void {
    this.disposed = true
    clearTimeout(this.timer)
    this.editor.off('update', this.onUpdate)
    this.runner.dispose()
    this.settleWaiting(null)
    this.listeners.clear()
  }

  private onUpdate = (): void => {
    // The running analysis is of a text that no longer exists: stop it now, start again once typing pauses.
    this.runner.cancel()
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.analyse('live'), this.options.delayMs)
  }

  /**
   * The analysis of the story as it is now: the latest results if they are of it, or else the next run that is
   * (started at once, on demand if the story is too long for a live run). Null if that run fails or runs out of time.
   */
  private current(): Promise<LiveAnalysis | null> {
    const live = this.placed?.live
    if (live && live.doc === this.editor.state.doc) return Promise.resolve(live)
    const next = new Promise<LiveAnalysis | null>((resolve) => this.waiting.push(resolve))
    if (this.inFlight.doc !== this.editor.state.doc) void this.analyse(this.tooLongAt === null ? 'live' : 'on-demand')
    return next
  }

  private async analyse(mode: 'live' | 'on-demand', whole = mode === 'on-demand'): Promise<void> {
    clearTimeout(this.timer)
    const doc = this.editor.state.doc
    // The results are of this very story: nothing to do, unless they came from the edited paragraphs only and the
    // whole story is wanted.
    if (this.placed?.live.doc === doc && !(whole && this.placed.partial)) return this.update({ status: 'ready' })
    const mapping = docText(doc)
    if (mode === 'live' && this.tooLongAt !== null && mapping.text.length >= this.tooLongAt) {
      // Still too long to analyse as the user types: wait for "Analyse now" (an action asked for meanwhile is dropped).
      this.inFlight = { doc: null, run: this.inFlight.run + 1 }
      this.update({ status: 'too-long' })
      return this.settleWaiting(null)
    }
    const run = this.inFlight.run + 1
    this.inFlight = { doc, run }
    this.update({ status: mode === 'live' ? 'analysing' : 'on-demand', failure: null })
    const outcome = await this.runner.run(mapping.text, mode === 'live' ? this.options.budgetMs : null, whole)
    // A newer run owns the state; a cancelled one was stopped by an edit, whose own run follows.
    if (this.disposed || run !== this.inFlight.run || outcome.kind === 'cancelled') return
    this.inFlight = { doc: null, run }
    if (outcome.kind === 'done') {
      if (mode === 'live') this.tooLongAt = null
      const live = { analysis: outcome.analysis, mapping, doc }
      this.placed = { live, flags: placeFlags(live), suggestions: suggestionsOf(live), partial: outcome.partial }
      this.accepted.clear()
      this.state = { ...this.state, status: 'ready', live }
      this.showResults()
      this.settleWaiting(live)
      if (outcome.partial) this.timer = setTimeout(() => void this.analyse('live', true), this.options.wholeDelayMs)
    } else if (outcome.kind === 'too-long') {
      this.tooLongAt = mapping.text.length
      this.update({ status: 'too-long' })
      this.settleWaiting(null)
    } else {
      this.update({ status: 'failed', failure: outcome.message })
      this.settleWaiting(null)
    }
  }

  private settleWaiting(live: LiveAnalysis | null): void {
    const waiting = this.waiting
    this.waiting = []
    for (const resolve of waiting) resolve(live)
  }

  private update(change: Partial<AnalysisState>): void {
    this.state = { ...this.state, ...change }
    this.notify()
  }

  /** Recomputes the lists the panels show from the latest results and draws them as underlines. */
  private showResults(): void {
    const placed = this.placed
    const review = this.options.review()
    const flags: PlacedFlag[] = []
    const resolved: AnalysisState['resolved'] = []
    for (const flag of placed?.flags ?? []) {
      const resolution = resolutionOf(review, flag)
      if (resolution) resolved.push({ flag, resolution })
      else flags.push(flag)
    }
    const found = placed ? placed.suggestions.filter((s) => !this.accepted.has(s.key)) : []
    const dismissed = found.filter((s) => isDismissed(review, dismissalOf(s)))
    const suggestions = found.filter((s) => !dismissed.includes(s))
    this.state = { ...this.state, flags, resolved, suggestions, dismissed }
    if (placed && placed.live.doc === this.editor.state.doc) this.drawUnderlines(flags, suggestions)
    this.notify()
  }

  private notify(): void {
    for (const listener of this.listeners) listener()
  }

  /** Subtle underlines for what the engine found; they never change the text, and map through later edits. */
  private drawUnderlines(flags: PlacedFlag[], suggestions: Suggestion[]): void {
    const underlines = [
      ...suggestions.map((s) => ({ from: s.from, to: s.to, className: 'cd-suggestion', title: `Suggested quote — ${s.source.name}` })),
      ...flags.map((f) => ({ from: f.from, to: f.to, className: `cd-flag cd-flag-${f.rule}`, title: f.message }))
    ]
    // Redrawing decorations resets the browser's selection from the editor's; catch up with a selection the
    // user is extending right now (selectionchange arrives late) so a Shift+Arrow is never lost.
    syncSelectionFromDom(this.editor)
    this.editor.view.dispatch(this.editor.state.tr.setMeta(annotationsKey, { underlines }).setMeta('addToHistory', false))
  }
}

/** A suggestion as the review keeps its dismissal: the quoted words and the speaker named. */
export const dismissalOf = (suggestion: Suggestion): { text: string; speaker: string } => ({ text: suggestion.quote.text, speaker: suggestion.source.name })

/**
 * The engine's flags placed in the document. A speaker set by hand is authoritative: "no one is named" is not
 * raised on a quote whose mark names its source, whatever the text around it says.
 */
function placeFlags(live: LiveAnalysis): PlacedFlag[] {
  const placed = live.analysis.flags.map((flag) => ({ ...flag, from: live.mapping.toPos(flag.start), to: live.mapping.toPos(flag.end), text: live.analysis.text.slice(flag.start, flag.end) }))
  return placed.filter((flag) => flag.rule !== 'no-speaker' || !hasNamedQuoteMark(live.doc, flag.from, flag.to))
}

function hasNamedQuoteMark(doc: Editor['state']['doc'], from: number, to: number): boolean {
  let named = false
  doc.nodesBetween(from, to, (node) => {
    if (node.marks.some((mark) => mark.type.name === 'quote' && mark.attrs.sourceId)) named = true
    return !named
  })
  return named
}
