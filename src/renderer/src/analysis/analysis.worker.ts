/// <reference lib="webworker" />
import { analyzeText } from '../../../shared/analysis'
import type { WorkerReply, WorkerRequest } from './analysisRunner'

// Analysis runs here, off the main thread, so the page never waits for it. A run that takes too long, or whose
// text is already out of date, is stopped by terminating this worker (the engine cannot be interrupted).
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, text } = event.data
  let reply: WorkerReply
  try {
    reply = { id, analysis: analyzeText(text) }
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply)
}
