import type { Editor } from '@tiptap/react'

/**
 * Brings the editor's selection up to date with the browser's before a command that moves focus away.
 * ProseMirror learns of selection changes from the asynchronous `selectionchange` event, so a shortcut
 * pressed right after Shift+Home can arrive first and act on the old, collapsed selection.
 */
export function syncSelectionFromDom(editor: Editor): void {
  const selection = editor.view.dom.ownerDocument.getSelection()
  if (!selection?.anchorNode || !selection.focusNode || !editor.view.dom.contains(selection.anchorNode)) return
  const anchor = editor.view.posAtDOM(selection.anchorNode, selection.anchorOffset)
  const head = editor.view.posAtDOM(selection.focusNode, selection.focusOffset)
  const { from, to } = editor.state.selection
  if (Math.min(anchor, head) !== from || Math.max(anchor, head) !== to) {
    editor.commands.setTextSelection({ from: Math.min(anchor, head), to: Math.max(anchor, head) })
  }
}
