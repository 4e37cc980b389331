import { useEffect, useRef } from 'react'
import { COMMANDS, type Command } from '../../../shared/commands'
import { matchesShortcut } from '../shortcuts'

/** The document commands' shortcuts, handled in the page so that they behave the same with or without a native menu. */
export function useDocumentShortcuts(run: (command: Command) => void): void {
  const latest = useRef(run)
  latest.current = run
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      for (const [command, { shortcut }] of Object.entries(COMMANDS)) {
        if (matchesShortcut(event, shortcut)) {
          event.preventDefault()
          latest.current(command as Command)
          return
        }
      }
    }
    // Capture phase: the shortcut wins over the editor's own key handling.
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}
