/// <reference lib="webworker" />
import { analyzeText } from '../../../shared/analysis'

// Analysis runs here, off the main thread, so typing never waits for it.
self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data
  self.postMessage({ id, analysis: analyzeText(text) })
}
