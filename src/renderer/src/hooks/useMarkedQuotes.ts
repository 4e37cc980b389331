import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { AddMarkStep, AddNodeMarkStep, RemoveMarkStep, RemoveNodeMarkStep, type Transform } from '@tiptap/pm/transform'
import { markedQuotes, type MarkedQuote } from '../editor/docText'

/** How long after the last edit the quote list is recounted: a walk of the whole story, kept off each keystroke. */
const RECOUNT_DELAY_MS = 300

/** True when a transaction adds or removes marks (instanceof: a minifier renames the step classes). */
export function changesMarks(transaction: Transform): boolean {
  return transaction.steps.some(
    (step) => step instanceof AddMarkStep || step instanceof RemoveMarkStep || step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep
  )
}

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
      if (changesMarks(transaction)) recount()
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
