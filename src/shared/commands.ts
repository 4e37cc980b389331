/**
 * THE list of document commands: one entry each, read by the native menus (src/main/menu.ts), the header's
 * buttons (AppHeader) and the page's keyboard handler (useDocumentShortcuts), so a label or shortcut is
 * written once and agrees everywhere. A new command is one entry here plus its handler in App.tsx.
 */
export interface CommandSpec {
  label: string
  /** "Mod-Shift-S" style: Mod is ⌘ on a Mac and Ctrl elsewhere. */
  shortcut: string
  /** Where a Mac's convention differs ("Replace…" is ⌥⌘F there, Ctrl+H elsewhere). */
  macShortcut?: string
  /** Shown as a button in the header as well as in its menu. */
  inHeader: boolean
  /**
   * A command on the body's text (Bold, Mark Quote…): its key is the editor's own, so it acts only while the
   * story has focus (not in the headline field); the menu and the toolbar run it on the body.
   */
  inEditor?: boolean
  /** The native menu it sits in. */
  menu: 'File' | 'Edit' | 'Format' | 'View' | 'Review' | 'Help'
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
  print: { label: 'Print…', shortcut: 'Mod-P', inHeader: false, menu: 'File', menuGroup: 2 },
  savePdf: { label: 'Save as PDF…', shortcut: 'Mod-Shift-P', inHeader: false, menu: 'File', menuGroup: 2 },
  sendToWordpress: { label: 'Send to WordPress…', shortcut: 'Mod-Alt-W', inHeader: true, menu: 'File', menuGroup: 2 },
  settings: { label: 'Settings…', shortcut: 'Mod-,', inHeader: true, menu: 'File', menuGroup: 3 },
  close: { label: 'Close', shortcut: 'Mod-W', inHeader: false, menu: 'File', menuGroup: 4 },
  find: { label: 'Find…', shortcut: 'Mod-F', inHeader: false, menu: 'Edit', menuGroup: 0 },
  replace: { label: 'Replace…', shortcut: 'Mod-H', macShortcut: 'Mod-Alt-F', inHeader: false, menu: 'Edit', menuGroup: 0 },
  findNext: { label: 'Find Next', shortcut: 'F3', macShortcut: 'Mod-G', inHeader: false, menu: 'Edit', menuGroup: 0 },
  findPrevious: { label: 'Find Previous', shortcut: 'Shift-F3', macShortcut: 'Mod-Shift-G', inHeader: false, menu: 'Edit', menuGroup: 0 },
  bold: { label: 'Bold', shortcut: 'Mod-B', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 0 },
  italic: { label: 'Italic', shortcut: 'Mod-I', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 0 },
  paragraph: { label: 'Paragraph', shortcut: 'Mod-Alt-0', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 1 },
  subhead: { label: 'Subhead', shortcut: 'Mod-Alt-2', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 1 },
  minorSubhead: { label: 'Minor Subhead', shortcut: 'Mod-Alt-3', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 1 },
  bulletList: { label: 'Bulleted List', shortcut: 'Mod-Shift-8', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 1 },
  orderedList: { label: 'Numbered List', shortcut: 'Mod-Shift-7', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 1 },
  blockquote: { label: 'Block Quote', shortcut: 'Mod-Shift-B', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 1 },
  link: { label: 'Link…', shortcut: 'Mod-K', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 2 },
  smartQuotes: { label: 'Smart Quotes in Story', shortcut: 'Mod-Alt-T', inHeader: false, menu: 'Format', menuGroup: 2 },
  markQuote: { label: 'Mark Quote…', shortcut: 'Mod-Shift-Q', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 3 },
  markAttribution: { label: 'Mark Attribution…', shortcut: 'Mod-Shift-A', inHeader: false, inEditor: true, menu: 'Format', menuGroup: 3 },
  reviewMode: { label: 'Review Mode', shortcut: 'Mod-Alt-R', inHeader: true, menu: 'View', menuGroup: 0 },
  focusMode: { label: 'Focus Mode', shortcut: 'F11', macShortcut: 'Mod-Shift-F', inHeader: false, menu: 'View', menuGroup: 0 },
  switchPane: { label: 'Move Between Story and Panel', shortcut: 'F6', inHeader: false, menu: 'View', menuGroup: 0 },
  sidePanel: { label: 'Side Panel', shortcut: 'Mod-Alt-B', inHeader: false, menu: 'View', menuGroup: 0 },
  nextOpenItem: { label: 'Next Open Item', shortcut: 'F8', inHeader: false, menu: 'Review', menuGroup: 0 },
  previousOpenItem: { label: 'Previous Open Item', shortcut: 'Shift-F8', inHeader: false, menu: 'Review', menuGroup: 0 },
  speakerCard: { label: 'Who Said It', shortcut: 'Mod-Alt-Q', inHeader: false, menu: 'Review', menuGroup: 0 },
  addNote: { label: 'Add Note…', shortcut: 'Mod-Alt-M', inHeader: false, menu: 'Review', menuGroup: 1 },
  signOff: { label: 'Sign Off…', shortcut: 'Mod-Alt-S', inHeader: false, menu: 'Review', menuGroup: 2 },
  report: { label: 'Attribution Report…', shortcut: 'Mod-Alt-P', inHeader: false, menu: 'Review', menuGroup: 2 },
  shortcuts: { label: 'Keyboard Shortcuts', shortcut: 'Mod-/', inHeader: false, menu: 'Help', menuGroup: 0 }
} as const satisfies Record<string, CommandSpec>

export type Command = keyof typeof COMMANDS
export const COMMAND_IDS = Object.keys(COMMANDS) as [Command, ...Command[]]

/** A command's shortcut on this platform: its Mac variant there, where it has one. */
export function shortcutOf(command: Command, mac: boolean): string {
  const spec: CommandSpec = COMMANDS[command]
  return (mac && spec.macShortcut) || spec.shortcut
}

/** What can be done with no story open (the start screen): open one, settings, help. */
export const WITHOUT_A_STORY: ReadonlySet<Command> = new Set<Command>(['new', 'open', 'import', 'settings', 'shortcuts'])
