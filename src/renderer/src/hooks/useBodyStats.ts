import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { readingMinutes, textStats, type TextStats } from '../../../shared/article/stats'

const RECOUNT_DELAY_MS = 250

/**
 * Counts per top-level block, kept while the block is unchanged. ProseMirror keeps the node objects of the
 * blocks an edit did not touch, so a recount after typing counts one paragraph, not a 50,000-word story.
 */
const blockStats = new WeakMap<ProseMirrorNode, TextStats>()

function statsOf(editor: Editor): TextStats {
  let words = 0
  let characters = 0
  // Words never run across blocks, so the sums equal counting the whole text with a break between blocks.
  editor.state.doc.forEach((block) => {
    let stats = blockStats.get(block)
    if (!stats) {
      stats = textStats(block.textBetween(0, block.content.size, '\n', '\n'))
      blockStats.set(block, stats)
    }
    words += stats.words
    characters += stats.characters
  })
  return { words, characters, readingMinutes: readingMinutes(words) }
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
