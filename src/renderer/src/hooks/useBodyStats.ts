import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { readingMinutes, textStats, type TextStats } from '../../../shared/article/stats'

const RECOUNT_DELAY_MS = 250
/** Longest stretch of counting in one task; a story that needs more is counted over several tasks. */
const SLICE_MS = 8

/**
 * Counts per top-level block, kept while the block is unchanged. ProseMirror keeps the node objects of the
 * blocks an edit did not touch, so a recount after typing counts one paragraph, not a 50,000-word story.
 */
const blockStats = new WeakMap<ProseMirrorNode, TextStats>()

/** Counts blocks not counted yet until `until` (a performance.now() time); true once every block is counted. */
function countBlocks(doc: ProseMirrorNode, until: number): boolean {
  let complete = true
  doc.forEach((block) => {
    if (!complete || blockStats.has(block)) return
    if (performance.now() > until) {
      complete = false
      return
    }
    blockStats.set(block, textStats(block.textBetween(0, block.content.size, '\n', '\n')))
  })
  return complete
}

/** The sums over every block; words never run across blocks, so they equal counting the whole text. */
function sumBlocks(doc: ProseMirrorNode): TextStats {
  let words = 0
  let characters = 0
  doc.forEach((block) => {
    const stats = blockStats.get(block)!
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
    let timer: ReturnType<typeof setTimeout>
    // Each slice counts what it can and hands on; an edit in between starts again on the newer document.
    const count = (): void => {
      const { doc } = editor.state
      if (countBlocks(doc, performance.now() + SLICE_MS)) setStats(sumBlocks(doc))
      else timer = setTimeout(count, 0)
    }
    // The first count starts in a task of its own, not in the one that draws a newly opened story.
    timer = setTimeout(count, 0)
    const onUpdate = (): void => {
      clearTimeout(timer)
      timer = setTimeout(count, RECOUNT_DELAY_MS)
    }
    editor.on('update', onUpdate)
    return () => {
      clearTimeout(timer)
      editor.off('update', onUpdate)
    }
  }, [editor])
  return stats
}
