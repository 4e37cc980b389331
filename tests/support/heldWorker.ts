import type { AnalysisWorker, WorkerReply, WorkerRequest } from '../../src/renderer/src/analysis/analysisRunner'
import { WorkerEngine } from '../../src/renderer/src/analysis/workerEngine'

/** A stand-in analysis worker that holds each request until the test answers it, and remembers whether it was terminated. */
export class HeldWorker implements AnalysisWorker {
  readonly requests: WorkerRequest[] = []
  terminated = false
  /** The real worker's logic: re-analyses an edited paragraph from its last analysis, or the whole story. */
  private readonly engine = new WorkerEngine()
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  postMessage(request: WorkerRequest): void {
    this.requests.push(request)
  }
  terminate(): void {
    this.terminated = true
  }
  /** Answers the last request as the real worker would. */
  answer(): void {
    if (!this.terminated) this.onmessage?.({ data: this.engine.analyse(this.requests.at(-1)!) } as MessageEvent<WorkerReply>)
  }
}
