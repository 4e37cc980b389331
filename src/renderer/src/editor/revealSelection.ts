import type { Editor } from '@tiptap/react'
import { centreInView, scrollerOf } from './centreInView'

/** Frames in which the scroll is checked again: blocks take their real height a frame or two after a scroll. */
const SETTLE_FRAMES = 6

/**
 * Selects `from`–`to` and brings it to the middle of the window, with the lines around it in view: the jumps
 * from the panels to a quote or a flag. Blocks away from the viewport are not laid out (content-visibility in
 * app.css) and stand in at an estimated height; when a long jump brings them near the viewport they take their
 * real height and push the target away. So the selection is centred again on each of the next few frames.
 */
export function revealSelection(editor: Editor, from: number, to: number): void {
  editor.chain().focus().setTextSelection({ from, to }).run()
  const scroller = scrollerOf(editor.view)
  if (!scroller) {
    editor.commands.scrollIntoView()
    return
  }
  let frames = 0
  const settle = (): void => {
    if (editor.isDestroyed || frames++ >= SETTLE_FRAMES) return
    centreInView(editor.view, from, scroller)
    requestAnimationFrame(settle)
  }
  settle()
}
