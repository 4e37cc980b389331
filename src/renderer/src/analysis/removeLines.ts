import type { Editor } from '@tiptap/react'
import type { PlacedFlag } from './storyAnalysis'

/**
 * Removes lines flagged as not story text, in one undoable step: a whole paragraph goes with its block, a line
 * inside a paragraph goes with its line break.
 */
export function removeFlaggedLines(editor: Editor, flags: PlacedFlag[]): void {
  const tr = editor.state.tr
  const ranges = flags.map(({ from, to }) => ({ from, to })).sort((a, b) => b.from - a.from)
  for (const range of ranges) {
    const $from = tr.doc.resolve(range.from)
    const $to = tr.doc.resolve(range.to)
    if ($from.sameParent($to) && range.from === $from.start() && range.to === $to.end()) {
      // The flag is the whole paragraph.
      tr.delete($from.before(), $from.after())
      continue
    }
    let from = range.from
    let to = range.to
    if (tr.doc.nodeAt(to)?.type.name === 'hardBreak') to += 1
    else if (from > $from.start() && tr.doc.nodeAt(from - 1)?.type.name === 'hardBreak') from -= 1
    tr.delete(from, to)
  }
  if (tr.docChanged) editor.view.dispatch(tr.scrollIntoView())
}
