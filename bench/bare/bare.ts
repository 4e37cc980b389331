// The baseline for typing latency: TipTap with StarterKit only, no Copydesk extensions, panels or React.
import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'

const w = window as unknown as { loadBody: (body: unknown) => void }
let editor: Editor | null = null
w.loadBody = (body) => {
  editor?.destroy()
  editor = new Editor({ element: document.getElementById('editor')!, extensions: [StarterKit], content: body as object })
  editor.view.dom.classList.add('ProseMirror-bench')
}
