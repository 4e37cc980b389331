import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { AddMarkStep, AddNodeMarkStep, RemoveMarkStep, RemoveNodeMarkStep, type Transform } from '@tiptap/pm/transform'

/** How long after the last edit the story is read again: a walk of the whole story, kept off each keystroke. */
const REREAD_DELAY_MS = 300

/** True when a transaction adds or removes marks (instanceof: a minifier renames the step classes). */
export function changesMarks(transaction: Transform): boolean {
  return transaction.steps.some(
    (step) => step instanceof AddMarkStep || step instanceof RemoveMarkStep || step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep
  )
}

/**
 * What a panel reads from the story's marks (its quotes, its notes), kept current: edits that add or remove
 * marks (accepting, marking, undo) show at once; plain typing only rereads once it pauses. `read` must be a
 * stable function.
 */
export function useStoryReading<T>(editor: Editor, read: (doc: ProseMirrorNode) => T): T {
  const [value, setValue] = useState<T>(() => read(editor.state.doc))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const reread = (): void => setValue(read(editor.state.doc))
    const onTransaction = ({ transaction }: { transaction: Editor['state']['tr'] }): void => {
      if (!transaction.docChanged) return
      clearTimeout(timer)
      if (changesMarks(transaction)) reread()
      else timer = setTimeout(reread, REREAD_DELAY_MS)
    }
    reread()
    editor.on('transaction', onTransaction)
    return () => {
      clearTimeout(timer)
      editor.off('transaction', onTransaction)
    }
  }, [editor, read])
  return value
}
