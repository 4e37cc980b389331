import { analyzeText } from '../../src/shared/analysis'
import type { AnalysisWorker, WorkerReply, WorkerRequest } from '../../src/renderer/src/analysis/analysisRunner'

/** A stand-in analysis worker that holds each request until the test answers it, and remembers whether it was terminated. */
export class HeldWorker implements AnalysisWorker {
  readonly requests: WorkerRequest[] = []
  terminated = false
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  postMessage(request: WorkerRequest): void {
    this.requests.push(request)
  }
  terminate(): void {
    this.terminated = true
  }
  /** Answers the last request with the engine's analysis of its text, as the real worker would. */
  answer(): void {
    const { id, text } = this.requests.at(-1)!
    if (!this.terminated) this.onmessage?.({ data: { id, analysis: analyzeText(text) } } as MessageEvent<WorkerReply>)
  }
}
