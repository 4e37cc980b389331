import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../../shared/ipc'
import { matchesShortcut } from '../shortcuts'

/** The File menu's shortcuts, handled in the page so that they behave the same with or without a native menu. */
export const COMMAND_SHORTCUTS: Record<MenuCommand, string> = {
  new: 'Mod-N',
  open: 'Mod-O',
  import: 'Mod-Shift-O',
  save: 'Mod-S',
  saveAs: 'Mod-Shift-S',
  export: 'Mod-E',
  copyHtml: 'Mod-Shift-C',
  close: 'Mod-W',
  settings: 'Mod-,'
}

export function useDocumentShortcuts(run: (command: MenuCommand) => void): void {
  const latest = useRef(run)
  latest.current = run
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      for (const [command, shortcut] of Object.entries(COMMAND_SHORTCUTS)) {
        if (matchesShortcut(event, shortcut)) {
          event.preventDefault()
          latest.current(command as MenuCommand)
          return
        }
      }
    }
    // Capture phase: the shortcut wins over the editor's own key handling.
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}
