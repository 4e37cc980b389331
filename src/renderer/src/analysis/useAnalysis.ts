import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { analyzeText, type Analysis } from '../../../shared/analysis'
import { docText, type DocText } from '../editor/docText'

/** How long typing must pause before the story is analysed again. */
export const ANALYSIS_DELAY_MS = 400

export interface LiveAnalysis {
  analysis: Analysis
  /** The text and position map of the document version that was analysed. */
  mapping: DocText
  /** The document the analysis belongs to; results for an older document are not shown. */
  doc: Editor['state']['doc']
}

/**
 * The analysis of the document as it is now, computed here. For actions on a story that changed since the
 * last background analysis (a click right after an edit), so the action is never silently dropped.
 */
export function currentAnalysis(editor: Editor, live: LiveAnalysis | null): LiveAnalysis {
  const doc = editor.state.doc
  if (live && live.doc === doc) return live
  const mapping = docText(doc)
  return { analysis: analyzeText(mapping.text), mapping, doc }
}

/** Re-analyses the body in a Web Worker shortly after each change (and once at the start). */
export function useAnalysis(editor: Editor | null): LiveAnalysis | null {
  const [result, setResult] = useState<LiveAnalysis | null>(null)
  useEffect(() => {
    if (!editor) return
    let requestId = 0
    const pending = new Map<number, { mapping: DocText; doc: Editor['state']['doc'] }>()
    const deliver = (id: number, analysis: Analysis): void => {
      const request = pending.get(id)
      pending.delete(id)
      if (request && request.doc === editor.state.doc) setResult({ analysis, ...request })
    }
    // A worker keeps analysis off the typing path. Should the platform refuse one, analyse on this thread
    // after the same pause: slower typing never, only later suggestions.
    let worker: Worker | null = null
    try {
      worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (event: MessageEvent<{ id: number; analysis: Analysis }>) => deliver(event.data.id, event.data.analysis)
      worker.onerror = () => {
        worker?.terminate()
        worker = null
        analyse()
      }
    } catch {
      worker = null
    }
    const analyse = (): void => {
      const doc = editor.state.doc
      const mapping = docText(doc)
      const id = ++requestId
      pending.set(id, { mapping, doc })
      if (worker) worker.postMessage({ id, text: mapping.text })
      else deliver(id, analyzeText(mapping.text))
    }
    let timer: ReturnType<typeof setTimeout> | undefined
    const onUpdate = (): void => {
      clearTimeout(timer)
      timer = setTimeout(analyse, ANALYSIS_DELAY_MS)
    }
    analyse()
    editor.on('update', onUpdate)
    return () => {
      clearTimeout(timer)
      editor.off('update', onUpdate)
      worker?.terminate()
    }
  }, [editor])
  return result
}
