import { Menu, type MenuItemConstructorOptions } from 'electron'
import { COMMANDS, shortcutOf, type Command, type CommandSpec } from '../shared/commands'

/**
 * The native application menu. The renderer handles the document shortcuts itself (one code path, the same
 * in tests), so on Windows and Linux the accelerators are only displayed; macOS always routes key
 * equivalents through the menu, and the menu sends the same commands.
 */
export function buildMenu(send: (command: Command) => void, platform: NodeJS.Platform = process.platform): Menu {
  const isMac = platform === 'darwin'
  const items = (menu: CommandSpec['menu']): MenuItemConstructorOptions[] => {
    const list: MenuItemConstructorOptions[] = []
    let group = 0
    for (const [command, spec] of Object.entries(COMMANDS) as [Command, CommandSpec][]) {
      if (spec.menu !== menu) continue
      if (spec.menuGroup !== group) list.push({ type: 'separator' })
      group = spec.menuGroup
      list.push({ label: spec.label, accelerator: electronAccelerator(shortcutOf(command, isMac)), registerAccelerator: false, click: () => send(command) })
    }
    return list
  }
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: '&File', submenu: [...items('File'), ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, accelerator: 'Ctrl+Q' }])] },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle', label: 'Paste as Plain Text' },
        { role: 'selectAll' },
        { type: 'separator' },
        ...items('Edit')
      ]
    },
    // "F&ormat": Alt+F is the File menu's.
    { label: 'F&ormat', submenu: items('Format') },
    {
      label: '&View',
      submenu: [
        ...items('View'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { label: '&Review', submenu: items('Review') },
    { role: 'windowMenu' },
    { label: '&Help', role: 'help', submenu: items('Help') }
  ]
  return Menu.buildFromTemplate(template)
}

/** "Mod-Shift-S" as Electron writes it: "CmdOrCtrl+Shift+S". */
export function electronAccelerator(shortcut: string): string {
  return shortcut.replace(/^Mod-/, 'CmdOrCtrl-').replace(/-(?=.)/g, '+')
}
