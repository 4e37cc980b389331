import type { Analysis } from '../../../shared/analysis'

export interface WorkerRequest {
  id: number
  text: string
  /** Analyse the whole story, not only what changed since the worker's last analysis. */
  whole: boolean
}
/** `partial`: only the edited paragraphs were analysed again; story-wide flags wait for a whole analysis. */
export type WorkerReply = { id: number; analysis: Analysis; partial?: boolean } | { id: number; error: string }

/** What the runner needs of a Web Worker (a test can hand it a stand-in). */
export interface AnalysisWorker {
  postMessage(request: WorkerRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export type RunOutcome =
  | { kind: 'done'; analysis: Analysis; partial: boolean }
  /** The budget ran out first; the worker was stopped. */
  | { kind: 'too-long' }
  /** A newer run took over; the worker was stopped. */
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }

/**
 * Runs the engine in a Web Worker, one text at a time. The engine is synchronous and cannot be interrupted, so
 * a run is stopped by terminating its worker: when a newer text arrives (the older result would be thrown away
 * anyway), when it outlasts its budget, or when the runner is disposed. The next run gets a new worker; an idle
 * worker is kept for the next text.
 */
export class AnalysisRunner {
  private worker: AnalysisWorker | null = null
  private running: { id: number; finish: (outcome: RunOutcome) => void } | null = null
  private lastId = 0

  constructor(private readonly createWorker: () => AnalysisWorker) {}

  /**
   * Analyses `text` (the whole story, or only what changed since the worker's last analysis when `whole` is
   * false), stopping after `budgetMs` (none when null). A newer run, or cancel(), ends it as cancelled.
   */
  run(text: string, budgetMs: number | null, whole = true): Promise<RunOutcome> {
    this.cancel()
    const id = ++this.lastId
    const worker = this.workerForRun()
    return new Promise((resolve) => {
      const timer = budgetMs === null ? undefined : setTimeout(() => this.stop({ kind: 'too-long' }), budgetMs)
      this.running = {
        id,
        finish: (outcome) => {
          clearTimeout(timer)
          this.running = null
          resolve(outcome)
        }
      }
      worker.postMessage({ id, text, whole })
    })
  }

  /** Stops the running analysis, if any. */
  cancel(): void {
    this.stop({ kind: 'cancelled' })
  }

  dispose(): void {
    this.cancel()
    this.worker?.terminate()
    this.worker = null
  }

  private stop(outcome: RunOutcome): void {
    if (!this.running) return
    this.worker?.terminate()
    this.worker = null
    this.running.finish(outcome)
  }

  private workerForRun(): AnalysisWorker {
    if (this.worker) return this.worker
    const worker = this.createWorker()
    worker.onmessage = ({ data }) => {
      if (data.id !== this.running?.id) return
      this.running.finish('analysis' in data ? { kind: 'done', analysis: data.analysis, partial: data.partial === true } : { kind: 'failed', message: data.error })
    }
    worker.onerror = (event) => {
      event.preventDefault()
      this.stop({ kind: 'failed', message: event.message || 'the analysis worker stopped' })
    }
    return (this.worker = worker)
  }
}
