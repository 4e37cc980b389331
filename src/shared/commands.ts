/**
 * THE list of document commands: one entry each, read by the native menus (src/main/menu.ts), the header's
 * buttons (AppHeader) and the page's keyboard handler (useDocumentShortcuts), so a label or shortcut is
 * written once and agrees everywhere. A new command is one entry here plus its handler in App.tsx.
 */
export interface CommandSpec {
  label: string
  /** "Mod-Shift-S" style: Mod is ⌘ on a Mac and Ctrl elsewhere. */
  shortcut: string
  /** Shown as a button in the header as well as in its menu. */
  inHeader: boolean
  /** The native menu it sits in. */
  menu: 'File' | 'View' | 'Review'
  /** Items of one group sit together in their menu, groups apart by separators. */
  menuGroup: number
}

export const COMMANDS = {
  new: { label: 'New', shortcut: 'Mod-N', inHeader: true, menu: 'File', menuGroup: 0 },
  open: { label: 'Open…', shortcut: 'Mod-O', inHeader: true, menu: 'File', menuGroup: 0 },
  import: { label: 'Import…', shortcut: 'Mod-Shift-O', inHeader: true, menu: 'File', menuGroup: 0 },
  save: { label: 'Save', shortcut: 'Mod-S', inHeader: true, menu: 'File', menuGroup: 1 },
  saveAs: { label: 'Save As…', shortcut: 'Mod-Shift-S', inHeader: true, menu: 'File', menuGroup: 1 },
  export: { label: 'Export…', shortcut: 'Mod-E', inHeader: true, menu: 'File', menuGroup: 2 },
  copyHtml: { label: 'Copy as HTML', shortcut: 'Mod-Shift-C', inHeader: false, menu: 'File', menuGroup: 2 },
  sendToWordpress: { label: 'Send to WordPress…', shortcut: 'Mod-Alt-W', inHeader: true, menu: 'File', menuGroup: 2 },
  settings: { label: 'Settings…', shortcut: 'Mod-,', inHeader: true, menu: 'File', menuGroup: 3 },
  close: { label: 'Close', shortcut: 'Mod-W', inHeader: false, menu: 'File', menuGroup: 4 },
  reviewMode: { label: 'Review Mode', shortcut: 'Mod-Alt-R', inHeader: true, menu: 'View', menuGroup: 0 },
  nextOpenItem: { label: 'Next Open Item', shortcut: 'F8', inHeader: false, menu: 'Review', menuGroup: 0 },
  previousOpenItem: { label: 'Previous Open Item', shortcut: 'Shift-F8', inHeader: false, menu: 'Review', menuGroup: 0 },
  addNote: { label: 'Add Note…', shortcut: 'Mod-Alt-M', inHeader: false, menu: 'Review', menuGroup: 1 },
  signOff: { label: 'Sign Off…', shortcut: 'Mod-Alt-S', inHeader: false, menu: 'Review', menuGroup: 2 },
  report: { label: 'Attribution Report…', shortcut: 'Mod-Alt-P', inHeader: false, menu: 'Review', menuGroup: 2 }
} as const satisfies Record<string, CommandSpec>

export type Command = keyof typeof COMMANDS
export const COMMAND_IDS = Object.keys(COMMANDS) as [Command, ...Command[]]
