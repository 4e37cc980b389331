import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { textStats, type TextStats } from '../../../shared/article/stats'

const RECOUNT_DELAY_MS = 250

function statsOf(editor: Editor): TextStats {
  const { doc } = editor.state
  return textStats(doc.textBetween(0, doc.content.size, '\n', '\n'))
}

/** Word and character counts of the body, recounted shortly after typing pauses rather than on every key. */
export function useBodyStats(editor: Editor | null): TextStats {
  const [stats, setStats] = useState<TextStats>({ words: 0, characters: 0, readingMinutes: 0 })
  useEffect(() => {
    if (!editor) return
    // The first count is a task of its own: in a 50,000-word story it takes tens of milliseconds that would
    // otherwise lengthen the task that opens the story.
    let timer = setTimeout(() => setStats(statsOf(editor)), 0)
    const onUpdate = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => setStats(statsOf(editor)), RECOUNT_DELAY_MS)
    }
    editor.on('update', onUpdate)
    return () => {
      clearTimeout(timer)
      editor.off('update', onUpdate)
    }
  }, [editor])
  return stats
}
