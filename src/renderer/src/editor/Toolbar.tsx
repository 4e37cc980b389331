import { useEffect, useState } from 'react'
import { matchesShortcut } from '../shortcuts'
import { useEditorState, type Editor } from '@tiptap/react'
import { redoDepth, undoDepth } from '@tiptap/pm/history'
import { LinkForm } from './LinkForm'
import { syncSelectionFromDom } from './syncSelection'
import { COMMANDS, shortcutOf } from '../../../shared/commands'
import { isMac, shortcutLabel } from '../platform'
import { FORMAT_ACTIONS, type FormatCommand } from './formatCommands'
import { OverflowRow } from '../components/OverflowRow'

interface ButtonSpec {
  label: string
  className?: string
  title: string
  isActive: (editor: Editor) => boolean
  run: (editor: Editor) => void
  canRun?: (editor: Editor) => boolean
}

/** A button for a Format command: its name and shortcut come from the command table, as in the menu. */
const formatButton = (command: FormatCommand, label: string, className?: string): ButtonSpec => ({
  label,
  className,
  title: `${COMMANDS[command].label} (${shortcutLabel(shortcutOf(command, isMac))})`,
  ...FORMAT_ACTIONS[command]
})

const BUTTONS: ButtonSpec[][] = [
  [formatButton('bold', 'B', 'bold'), formatButton('italic', 'I', 'italic')],
  [
    formatButton('paragraph', 'P'),
    formatButton('subhead', 'H2'),
    formatButton('minorSubhead', 'H3'),
    formatButton('bulletList', '• List'),
    formatButton('orderedList', '1. List'),
    formatButton('blockquote', '❝ Block quote')
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
  /** Changes when Format ▸ Link… is chosen from the menu: the link form opens. */
  linkRequest: number
}

const linkTitle = (): string => `${COMMANDS.link.label.replace('…', '')} (${shortcutLabel(shortcutOf('link', isMac))})`
const markTitle = (command: 'markQuote' | 'markAttribution'): string => `${COMMANDS[command].label.replace('…', '')} (${shortcutLabel(shortcutOf(command, isMac))})`

export function Toolbar({ editor, onMarkRequest, linkRequest }: ToolbarProps): React.JSX.Element {
  const [linkOpen, setLinkOpen] = useState(false)
  useEffect(() => {
    if (linkRequest > 0 && editor) {
      syncSelectionFromDom(editor)
      setLinkOpen(true)
    }
  }, [linkRequest, editor])
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!matchesShortcut(event, shortcutOf('link', isMac)) || !editor?.isFocused) return
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
  const items = BUTTONS.flatMap((group) => group.map((button, inGroup) => ({ button, groupStart: inGroup === 0 }))).map(({ button, groupStart }, i) => ({
    key: button.title,
    element: (
      <button
        type="button"
        className={[button.className, groupStart && i > 0 ? 'group-start' : ''].filter(Boolean).join(' ') || undefined}
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
  }))
  // Link and marking stay in view; the formatting buttons give way to "More" in a narrow window.
  const always = (
    <>
      <button
        type="button"
        title={linkTitle()}
        aria-label="Link"
        aria-pressed={state.link}
        aria-expanded={linkOpen}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setLinkOpen((open) => !open)}
      >
        Link
      </button>
      {linkOpen && <LinkForm editor={editor} onDone={() => setLinkOpen(false)} />}
      <button type="button" className="group-start" title={markTitle('markQuote')} aria-label="Mark quote" onMouseDown={(event) => event.preventDefault()} onClick={() => onMarkRequest('quote')}>
        Quote…
      </button>
      <button type="button" title={markTitle('markAttribution')} aria-label="Mark attribution" onMouseDown={(event) => event.preventDefault()} onClick={() => onMarkRequest('attribution')}>
        Attribution…
      </button>
    </>
  )
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <OverflowRow items={items} moreLabel="More formatting" after={always} />
    </div>
  )
}
