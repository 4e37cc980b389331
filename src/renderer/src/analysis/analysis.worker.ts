/// <reference lib="webworker" />
import type { WorkerRequest } from './analysisRunner'
import { WorkerEngine } from './workerEngine'

// Analysis runs here, off the main thread, so the page never waits for it. A run that takes too long, or whose
// text is already out of date, is stopped by terminating this worker (the engine cannot be interrupted); the
// next worker starts with no previous analysis, so its first run analyses the whole story.
const engine = new WorkerEngine()
self.onmessage = (event: MessageEvent<WorkerRequest>) => self.postMessage(engine.analyse(event.data))
