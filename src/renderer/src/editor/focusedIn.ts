import type { Editor } from '@tiptap/react'

/** The story or a menu beside it has focus: a bubble stays while its own link field is being typed in. */
export function focusedIn(editor: Editor, menu: HTMLElement): boolean {
  return editor.view.hasFocus() || menu.contains(document.activeElement)
}
