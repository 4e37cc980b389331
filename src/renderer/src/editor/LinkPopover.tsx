import { useState } from 'react'
import { useEditorState, type Editor } from '@tiptap/react'
import { BubbleMenu } from '@tiptap/react/menus'
import { shortcutLabel } from '../platform'
import { focusedIn } from './focusedIn'
import { LinkForm } from './LinkForm'

/**
 * With the caret in a link: where it goes, and Edit and Remove. The address is shown, not followed: a link opens in
 * the system browser only on Ctrl+click (⌘-click), through main's link policy.
 */
export function LinkPopover({ editor }: { editor: Editor }): React.JSX.Element {
  const [editing, setEditing] = useState(false)
  const href = useEditorState({ editor, selector: ({ editor: e }) => (e.isActive('link') ? ((e.getAttributes('link').href as string | undefined) ?? '') : '') })
  return (
    <BubbleMenu
      editor={editor}
      pluginKey="linkPopover"
      className="link-popover"
      shouldShow={({ state, element }) => state.selection.empty && editor.isActive('link') && focusedIn(editor, element)}
      options={{ placement: 'bottom-start', onHide: () => setEditing(false) }}
      role="dialog"
      aria-label="Link"
    >
      {editing ? (
        <LinkForm editor={editor} onDone={() => setEditing(false)} />
      ) : (
        <>
          <span className="link-popover-href" title={`${shortcutLabel('Mod')}+click the link to open it`}>
            {href}
          </span>
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => editor.chain().extendMarkRange('link').unsetLink().focus().run()}>
            Remove
          </button>
        </>
      )}
    </BubbleMenu>
  )
}
