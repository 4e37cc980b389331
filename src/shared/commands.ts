/**
 * THE list of document commands: one entry each, read by the native menu (src/main/menu.ts), the header's
 * buttons (AppHeader) and the page's keyboard handler (useDocumentShortcuts), so a label or shortcut is
 * written once and agrees everywhere. A new command is one entry here plus its handler in App.tsx.
 */
export interface CommandSpec {
  label: string
  /** "Mod-Shift-S" style: Mod is ⌘ on a Mac and Ctrl elsewhere. */
  shortcut: string
  /** Shown as a button in the header as well as in the File menu. */
  inHeader: boolean
  /** Items of one group sit together in the File menu, groups apart by separators. */
  menuGroup: number
}

export const COMMANDS = {
  new: { label: 'New', shortcut: 'Mod-N', inHeader: true, menuGroup: 0 },
  open: { label: 'Open…', shortcut: 'Mod-O', inHeader: true, menuGroup: 0 },
  import: { label: 'Import…', shortcut: 'Mod-Shift-O', inHeader: true, menuGroup: 0 },
  save: { label: 'Save', shortcut: 'Mod-S', inHeader: true, menuGroup: 1 },
  saveAs: { label: 'Save As…', shortcut: 'Mod-Shift-S', inHeader: true, menuGroup: 1 },
  export: { label: 'Export…', shortcut: 'Mod-E', inHeader: true, menuGroup: 2 },
  copyHtml: { label: 'Copy as HTML', shortcut: 'Mod-Shift-C', inHeader: false, menuGroup: 2 },
  settings: { label: 'Settings…', shortcut: 'Mod-,', inHeader: true, menuGroup: 3 },
  close: { label: 'Close', shortcut: 'Mod-W', inHeader: false, menuGroup: 4 }
} as const satisfies Record<string, CommandSpec>

export type Command = keyof typeof COMMANDS
export const COMMAND_IDS = Object.keys(COMMANDS) as [Command, ...Command[]]
