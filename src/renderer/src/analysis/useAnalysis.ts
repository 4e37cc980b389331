import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import type { Analysis } from '../../../shared/analysis'
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

/** Re-analyses the body in a Web Worker shortly after each change. */
export function useAnalysis(editor: Editor | null): LiveAnalysis | null {
  const [result, setResult] = useState<LiveAnalysis | null>(null)
  const worker = useRef<Worker | null>(null)
  useEffect(() => {
    if (!editor) return
    const instance = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' })
    worker.current = instance
    let requestId = 0
    const pending = new Map<number, { mapping: DocText; doc: Editor['state']['doc'] }>()
    instance.onmessage = (event: MessageEvent<{ id: number; analysis: Analysis }>) => {
      const request = pending.get(event.data.id)
      pending.delete(event.data.id)
      if (request && request.doc === editor.state.doc) setResult({ analysis: event.data.analysis, ...request })
    }
    const analyse = (): void => {
      const doc = editor.state.doc
      const mapping = docText(doc)
      pending.set(++requestId, { mapping, doc })
      instance.postMessage({ id: requestId, text: mapping.text })
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
      instance.terminate()
    }
  }, [editor])
  return result
}
