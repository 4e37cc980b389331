import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'

type Range = { from: number; to: number }

/**
 * The words selected in the story, or null while the selection is a caret: so a panel can show which of its
 * items is the current one. Typing moves only a caret, which changes nothing here, so it re-renders no panel.
 */
export function useSelectedRange(editor: Editor): Range | null {
  const [range, setRange] = useState<Range | null>(null)
  useEffect(() => {
    const update = (): void => {
      const { from, to, empty } = editor.state.selection
      setRange((current) => (empty ? null : current?.from === from && current.to === to ? current : { from, to }))
    }
    update()
    editor.on('selectionUpdate', update)
    return () => void editor.off('selectionUpdate', update)
  }, [editor])
  return range
}
