import type { EditorView } from '@tiptap/pm/view'

/**
 * Where the cursor (or the start of the selection) is as the user sees it. The editor takes a click's new selection from the browser's
 * selectionchange event, which comes a moment later: a key pressed right after a click (V in review mode, F8)
 * would otherwise act from where the cursor was before.
 */
export function cursorShown(view: EditorView): number {
  const selection = view.dom.ownerDocument.getSelection()
  // The start of the selection, as the editor's `selection.from` is, whichever way it was made.
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null
  if (range && view.dom.contains(range.startContainer)) {
    try {
      return view.posAtDOM(range.startContainer, range.startOffset)
    } catch {
      // A node the editor does not map (a decoration's own): fall back on the editor's selection.
    }
  }
  return view.state.selection.from
}
