import { useEffect, useRef } from 'react'
import { COMMAND_IDS, COMMANDS, shortcutOf, type Command, type CommandSpec } from '../../../shared/commands'
import { isMac } from '../platform'
import { matchesShortcut } from '../shortcuts'

/** The commands whose keys the page handles: not the body's own (Bold, Mark Quote…), which the editor's keymap has. */
const PAGE_COMMANDS = COMMAND_IDS.filter((command) => !(COMMANDS[command] as CommandSpec).inEditor)

/** The document commands' shortcuts, handled in the page so that they behave the same with or without a native menu. */
export function useDocumentShortcuts(run: (command: Command) => void): void {
  const latest = useRef(run)
  latest.current = run
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      for (const command of PAGE_COMMANDS) {
        if (matchesShortcut(event, shortcutOf(command, isMac))) {
          event.preventDefault()
          latest.current(command)
          return
        }
      }
    }
    // Capture phase: the shortcut wins over the editor's own key handling.
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}
