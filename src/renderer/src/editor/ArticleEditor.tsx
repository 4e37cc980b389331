import { memo, useEffect, useRef, useState } from 'react'
import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import type { Body } from '../../../shared/article/body'
import type { ReviewStatus } from '../../../shared/article/review'
import { articleExtensions } from './extensions'
import { appendParts, LOADING, splitBody } from './loadInParts'
import { copydesk } from '../api'
import { sanitizePastedHtml } from './sanitizePaste'
import { Toolbar } from './Toolbar'
import { SelectionBubble } from './SelectionBubble'
import { LinkPopover } from './LinkPopover'

interface Props {
  /** The body the editor starts with. A different document mounts a new editor (fresh undo history). */
  initialBody: Body
  /** The editor once it holds the whole body (a long story arrives in parts); null when it goes away. */
  onReady: (editor: Editor | null) => void
  onChange: () => void
  /** Mod-Shift-Q / Mod-Shift-A or the toolbar: the user wants to mark the selection. */
  onMarkRequest: (type: 'quote' | 'attribution') => void
  /** Main refused to open a link (a private host, a mailto with attachments...): its sentence says why. */
  onLinkRefused: (message: string) => void
  /** V, Q or U pressed on a quote in review mode. */
  onStatusKey: (quoteId: string, status: ReviewStatus) => void
  /** Changes when Format ▸ Link… is chosen from the menu. */
  linkRequest: number
  /** The selection bubble's Note…: Review ▸ Add Note… on the selection. */
  onNoteRequest: () => void
}

export const ArticleEditor = memo(function ArticleEditor({ initialBody, onReady, onChange, onMarkRequest, onLinkRefused, onStatusKey, linkRequest, onNoteRequest }: Props): React.JSX.Element {
  // The extensions and editor props are created once per editor; the refs let them reach the latest callbacks.
  const markRequest = useRef(onMarkRequest)
  markRequest.current = onMarkRequest
  const linkRefused = useRef(onLinkRefused)
  linkRefused.current = onLinkRefused
  const statusKey = useRef(onStatusKey)
  statusKey.current = onStatusKey
  // A long story starts with its first part and is read-only until the rest has arrived.
  const [parts] = useState(() => splitBody(initialBody))
  const editor = useEditor({
    extensions: articleExtensions({
      onMarkRequest: (type) => {
        markRequest.current(type)
        return true
      },
      onStatusKey: (quoteId, status) => statusKey.current(quoteId, status)
    }),
    content: parts.first,
    editable: parts.rest.length === 0,
    // The CSP forbids inline <style> elements; the editor's base styles are in app.css instead.
    injectCSS: false,
    editorProps: {
      attributes: { class: 'article-body', 'aria-label': 'Story body', spellcheck: 'true' },
      transformPastedHTML: sanitizePastedHtml,
      // Ctrl+click (⌘-click) opens a link in the system browser; main decides whether it may (openLinkPolicy).
      handleClick: (_view, _pos, event) => {
        const link = (event.target as HTMLElement | null)?.closest?.('a[href]')
        if (!link || !(event.ctrlKey || event.metaKey)) return false
        void copydesk.shell.openLink({ url: link.getAttribute('href') ?? '' }).catch((error: Error) => linkRefused.current(error.message))
        return true
      }
    },
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged && !transaction.getMeta(LOADING)) onChange()
    }
  })

  useEffect(() => {
    if (!editor) return
    const cancel = appendParts(editor, parts.rest, () => {
      if (!editor.isEditable) editor.setEditable(true, false)
      onReady(editor)
    })
    return () => {
      cancel()
      onReady(null)
    }
  }, [editor, onReady, parts])

  return (
    <section className="editor" aria-label="Body">
      <Toolbar editor={editor} onMarkRequest={onMarkRequest} linkRequest={linkRequest} />
      <EditorContent editor={editor} className="editor-content" />
      {editor && <SelectionBubble editor={editor} onMarkRequest={onMarkRequest} onNoteRequest={onNoteRequest} />}
      {editor && <LinkPopover editor={editor} />}
    </section>
  )
})
