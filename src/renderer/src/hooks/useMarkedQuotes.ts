import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { markedQuotes, type MarkedQuote } from '../editor/docText'

/** How long after the last edit the quote list is recounted: a walk of the whole story, kept off each keystroke. */
const RECOUNT_DELAY_MS = 300

/**
 * The story's marked quotes, for the Sources and Quotes panels. Edits that add or remove marks (accepting,
 * marking, undo) show at once; plain typing only recounts once it pauses.
 */
export function useMarkedQuotes(editor: Editor): MarkedQuote[] {
  const [quotes, setQuotes] = useState<MarkedQuote[]>(() => markedQuotes(editor.state.doc))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const recount = (): void => setQuotes(markedQuotes(editor.state.doc))
    const onTransaction = ({ transaction }: { transaction: Editor['state']['tr'] }): void => {
      if (!transaction.docChanged) return
      clearTimeout(timer)
      const marksChanged = transaction.steps.some((step) => step.constructor.name.includes('Mark'))
      if (marksChanged) recount()
      else timer = setTimeout(recount, RECOUNT_DELAY_MS)
    }
    recount()
    editor.on('transaction', onTransaction)
    return () => {
      clearTimeout(timer)
      editor.off('transaction', onTransaction)
    }
  }, [editor])
  return quotes
}
