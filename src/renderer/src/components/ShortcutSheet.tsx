import { useRef } from 'react'
import { COMMAND_IDS, COMMANDS, shortcutOf, type CommandSpec } from '../../../shared/commands'
import { isMac, shortcutLabel } from '../platform'
import { useModalDialog } from '../hooks/useModalDialog'

const MENUS: CommandSpec['menu'][] = ['File', 'Edit', 'Format', 'View', 'Review', 'Help']

/** Keys that are not commands of the menus but that a reporter or editor uses all day. */
const OTHER_KEYS: [string, string][] = [
  ['Undo', 'Mod-Z'],
  ['Redo', 'Mod-Shift-Z'],
  ['Paste as plain text', 'Mod-Shift-V'],
  ['Next match (in the find bar)', 'Enter'],
  ['Previous match (in the find bar)', 'Shift-Enter'],
  ['Verify, query or unverify a quote (review mode)', 'V / Q / U']
]

/** Help ▸ Keyboard Shortcuts (Ctrl+/): every command of the menus with its key, read from the command table. */
export function ShortcutSheet({ onClose }: { onClose: () => void }): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null)
  useModalDialog(dialog)
  return (
    <dialog ref={dialog} className="settings-dialog shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={onClose}>
      <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
      <div className="shortcut-columns">
        {MENUS.map((menu) => (
          <section key={menu} aria-label={menu}>
            <h3>{menu}</h3>
            <dl>
              {COMMAND_IDS.filter((command) => COMMANDS[command].menu === menu).map((command) => (
                <div className="shortcut-row" key={command}>
                  <dt>{COMMANDS[command].label.replace('…', '')}</dt>
                  <dd>
                    <kbd>{shortcutLabel(shortcutOf(command, isMac))}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section aria-label="Other keys">
          <h3>Other keys</h3>
          <dl>
            {OTHER_KEYS.map(([label, keys]) => (
              <div className="shortcut-row" key={label}>
                <dt>{label}</dt>
                <dd>
                  <kbd>{keys.includes('-') ? shortcutLabel(keys) : keys}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  )
}
