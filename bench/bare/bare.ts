// The baseline for typing latency: TipTap with StarterKit only, no Copydesk extensions, panels or React.
import { Editor, type JSONContent } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'

const w = window as unknown as { loadBody: (body: JSONContent) => number }
let editor: Editor | null = null

/** Loads a Copydesk body, minus the marks StarterKit does not know (quote, attribution); returns its text length. */
w.loadBody = (body) => {
  editor?.destroy()
  editor = new Editor({ element: document.getElementById('editor')!, extensions: [StarterKit], enableContentCheck: true })
  const marks = editor.schema.marks
  const known = (node: JSONContent): JSONContent => ({
    ...node,
    marks: node.marks?.filter((mark) => mark.type in marks),
    content: node.content?.map(known)
  })
  // With the content check on, anything else the schema rejects throws instead of leaving an empty editor.
  editor.commands.setContent(known(body), { errorOnInvalidContent: true })
  return editor.view.dom.textContent?.length ?? 0
}
