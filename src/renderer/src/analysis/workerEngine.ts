import { analyzeText, type Analysis } from '../../../shared/analysis'
import { reanalyse } from '../../../shared/analysis/incremental'
import type { WorkerReply, WorkerRequest } from './analysisRunner'

/**
 * What the analysis worker does with each text: after an edit within one paragraph, re-analyses only that
 * paragraph and the one after it from its last analysis (a few milliseconds on any length of story); otherwise,
 * or when asked for the whole story, analyses it all. Kept apart from the worker's message plumbing so that tests
 * run the same logic.
 */
export class WorkerEngine {
  private last: Analysis | null = null

  analyse({ id, text, whole }: WorkerRequest): WorkerReply {
    try {
      const quick = whole || !this.last ? null : reanalyse(this.last, text)
      const analysis = quick ?? analyzeText(text)
      this.last = analysis
      return { id, analysis, partial: quick !== null }
    } catch (error) {
      this.last = null
      return { id, error: error instanceof Error ? error.message : String(error) }
    }
  }
}
