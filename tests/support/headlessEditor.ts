import { afterEach } from 'vitest'
import { Editor } from '@tiptap/core'
import { articleExtensions } from '../../src/renderer/src/editor/extensions'
import { docText } from '../../src/renderer/src/editor/docText'

/**
 * The app's editor (its real extensions), headless in happy-dom, for tests of marks and notes. `open` starts
 * one on some HTML (the previous one is destroyed after each test); `select` selects the first occurrence of
 * some words in it.
 */
export function headlessEditors() {
  let current: Editor | undefined
  afterEach(() => current?.destroy())
  return {
    open(html: string): Editor {
      current = new Editor({ extensions: articleExtensions(), content: html, injectCSS: false })
      return current
    },
    select(text: string): void {
      const editor = current!
      const mapping = docText(editor.state.doc)
      const start = mapping.text.indexOf(text)
      if (start === -1) throw new Error(`“${text}” is not in the document`)
      editor.commands.setTextSelection({ from: mapping.toPos(start), to: mapping.toPos(start + text.length) })
    }
  }
}
