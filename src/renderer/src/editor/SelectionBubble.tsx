import { useState } from 'react'
import { useEditorState, type Editor } from '@tiptap/react'
import { BubbleMenu } from '@tiptap/react/menus'
import { COMMANDS, shortcutOf, type Command } from '../../../shared/commands'
import { isMac, shortcutLabel } from '../platform'
import { FORMAT_ACTIONS } from './formatCommands'
import { focusedIn } from './focusedIn'
import { LinkForm } from './LinkForm'

interface Props {
  editor: Editor
  onMarkRequest: (type: 'quote' | 'attribution') => void
  onNoteRequest: () => void
}

const title = (command: Command): string => `${COMMANDS[command].label.replace('…', '')} (${shortcutLabel(shortcutOf(command, isMac))})`

/**
 * What a selection in the body can become, beside it: bold, italic, a link, a quote, an attribution, a note. The
 * same commands as the Format and Review menus, named and keyed from the command table.
 */
export function SelectionBubble({ editor, onMarkRequest, onNoteRequest }: Props): React.JSX.Element {
  const [linking, setLinking] = useState(false)
  const active = useEditorState({ editor, selector: ({ editor: e }) => ({ bold: e.isActive('bold'), italic: e.isActive('italic'), link: e.isActive('link') }) })
  // Buttons keep the selection: a mouse-down on them would otherwise move the caret before the click.
  const keep = (event: React.MouseEvent): void => event.preventDefault()
  return (
    <BubbleMenu
      editor={editor}
      pluginKey="selectionBubble"
      className="selection-bubble"
      shouldShow={({ state, from, to, element }) => from !== to && editor.isEditable && !state.selection.empty && focusedIn(editor, element)}
      options={{ placement: 'top', onHide: () => setLinking(false) }}
      role="toolbar"
      aria-label="Selection"
    >
      {linking ? (
        <LinkForm editor={editor} onDone={() => setLinking(false)} />
      ) : (
        <>
          <button type="button" className="bold" title={title('bold')} aria-label="Bold" aria-pressed={active?.bold} onMouseDown={keep} onClick={() => FORMAT_ACTIONS.bold.run(editor)}>
            B
          </button>
          <button type="button" className="italic" title={title('italic')} aria-label="Italic" aria-pressed={active?.italic} onMouseDown={keep} onClick={() => FORMAT_ACTIONS.italic.run(editor)}>
            I
          </button>
          <button type="button" title={title('link')} aria-pressed={active?.link} onMouseDown={keep} onClick={() => setLinking(true)}>
            Link
          </button>
          <button type="button" title={title('markQuote')} onMouseDown={keep} onClick={() => onMarkRequest('quote')}>
            Quote…
          </button>
          <button type="button" title={title('markAttribution')} onMouseDown={keep} onClick={() => onMarkRequest('attribution')}>
            Attribution…
          </button>
          <button type="button" title={title('addNote')} onMouseDown={keep} onClick={onNoteRequest}>
            Note…
          </button>
        </>
      )}
    </BubbleMenu>
  )
}
