import { useEffect, useState } from 'react'
import { matchesShortcut } from '../shortcuts'
import { useEditorState, type Editor } from '@tiptap/react'
import { redoDepth, undoDepth } from '@tiptap/pm/history'
import { LinkForm } from './LinkForm'
import { syncSelectionFromDom } from './syncSelection'
import { shortcutLabel } from '../platform'

interface ButtonSpec {
  label: string
  className?: string
  title: string
  isActive: (editor: Editor) => boolean
  run: (editor: Editor) => void
  canRun?: (editor: Editor) => boolean
}

const BUTTONS: ButtonSpec[][] = [
  [
    {
      label: 'B',
      className: 'bold',
      title: `Bold (${shortcutLabel('Mod-B')})`,
      isActive: (e) => e.isActive('bold'),
      run: (e) => e.chain().focus().toggleBold().run()
    },
    {
      label: 'I',
      className: 'italic',
      title: `Italic (${shortcutLabel('Mod-I')})`,
      isActive: (e) => e.isActive('italic'),
      run: (e) => e.chain().focus().toggleItalic().run()
    }
  ],
  [
    {
      label: 'P',
      title: `Paragraph (${shortcutLabel('Mod-Alt-0')})`,
      isActive: (e) => e.isActive('paragraph'),
      run: (e) => e.chain().focus().setParagraph().run()
    },
    {
      label: 'H2',
      title: `Subhead (${shortcutLabel('Mod-Alt-2')})`,
      isActive: (e) => e.isActive('heading', { level: 2 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run()
    },
    {
      label: 'H3',
      title: `Minor subhead (${shortcutLabel('Mod-Alt-3')})`,
      isActive: (e) => e.isActive('heading', { level: 3 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run()
    },
    {
      label: '• List',
      title: `Bulleted list (${shortcutLabel('Mod-Shift-8')})`,
      isActive: (e) => e.isActive('bulletList'),
      run: (e) => e.chain().focus().toggleBulletList().run()
    },
    {
      label: '1. List',
      title: `Numbered list (${shortcutLabel('Mod-Shift-7')})`,
      isActive: (e) => e.isActive('orderedList'),
      run: (e) => e.chain().focus().toggleOrderedList().run()
    },
    {
      label: '❝ Block quote',
      title: `Block quote (${shortcutLabel('Mod-Shift-B')})`,
      isActive: (e) => e.isActive('blockquote'),
      run: (e) => e.chain().focus().toggleBlockquote().run()
    }
  ],
  [
    {
      label: '↶',
      title: `Undo (${shortcutLabel('Mod-Z')})`,
      isActive: () => false,
      run: (e) => e.chain().focus().undo().run(),
      // The history's depth, not can().undo(): a dry run of the command on every keystroke costs more.
      canRun: (e) => undoDepth(e.state) > 0
    },
    {
      label: '↷',
      title: `Redo (${shortcutLabel('Mod-Shift-Z')})`,
      isActive: () => false,
      run: (e) => e.chain().focus().redo().run(),
      canRun: (e) => redoDepth(e.state) > 0
    }
  ]
]

const ALL_BUTTONS = BUTTONS.flat()

interface ToolbarProps {
  editor: Editor | null
  onMarkRequest: (type: 'quote' | 'attribution') => void
}

export function Toolbar({ editor, onMarkRequest }: ToolbarProps): React.JSX.Element {
  const [linkOpen, setLinkOpen] = useState(false)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!matchesShortcut(event, 'Mod-K') || !editor?.isFocused) return
      event.preventDefault()
      syncSelectionFromDom(editor)
      setLinkOpen(true)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [editor])
  // TipTap 3 does not re-render on every transaction; subscribe to exactly what the buttons show.
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            active: ALL_BUTTONS.map((b) => b.isActive(e)),
            enabled: ALL_BUTTONS.map((b) => (b.canRun ? b.canRun(e) : true)),
            link: e.isActive('link')
          }
        : null
  })
  if (!editor || !state) return <div className="toolbar" role="toolbar" aria-label="Formatting" />
  let index = 0
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {BUTTONS.map((group, groupIndex) => (
        <div className="toolbar-group" key={groupIndex}>
          {group.map((button) => {
            const i = index++
            return (
              <button
                key={button.title}
                type="button"
                className={button.className}
                title={button.title}
                aria-label={button.title}
                aria-pressed={state.active[i]}
                disabled={!state.enabled[i]}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => button.run(editor)}
              >
                {button.label}
              </button>
            )
          })}
        </div>
      ))}
      <div className="toolbar-group">
        <button
          type="button"
          title={`Link (${shortcutLabel('Mod-K')})`}
          aria-label="Link"
          aria-pressed={state.link}
          aria-expanded={linkOpen}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setLinkOpen((open) => !open)}
        >
          Link
        </button>
        {linkOpen && <LinkForm editor={editor} onDone={() => setLinkOpen(false)} />}
      </div>
      <div className="toolbar-group">
        <button type="button" title={`Mark quote (${shortcutLabel('Mod-Shift-Q')})`} aria-label="Mark quote" onMouseDown={(event) => event.preventDefault()} onClick={() => onMarkRequest('quote')}>
          Quote…
        </button>
        <button
          type="button"
          title={`Mark attribution (${shortcutLabel('Mod-Shift-A')})`}
          aria-label="Mark attribution"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onMarkRequest('attribution')}
        >
          Attribution…
        </button>
      </div>
    </div>
  )
}
