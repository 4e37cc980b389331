import { Menu, type MenuItemConstructorOptions } from 'electron'
import { COMMANDS, type Command, type CommandSpec } from '../shared/commands'

const isMac = process.platform === 'darwin'

/**
 * The native application menu. The renderer handles the document shortcuts itself (one code path, the same
 * in tests), so on Windows and Linux the accelerators are only displayed; macOS always routes key
 * equivalents through the menu, and the menu sends the same commands.
 */
export function buildMenu(send: (command: Command) => void): Menu {
  const fileItems: MenuItemConstructorOptions[] = []
  let group = 0
  for (const [command, { label, shortcut, menuGroup }] of Object.entries(COMMANDS) as [Command, CommandSpec][]) {
    if (menuGroup !== group) fileItems.push({ type: 'separator' })
    group = menuGroup
    fileItems.push({ label, accelerator: electronAccelerator(shortcut), registerAccelerator: false, click: () => send(command) })
  }
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: '&File', submenu: [...fileItems, ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }])] },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' }
  ]
  return Menu.buildFromTemplate(template)
}

/** "Mod-Shift-S" as Electron writes it: "CmdOrCtrl+Shift+S". */
export function electronAccelerator(shortcut: string): string {
  return shortcut.replace(/^Mod-/, 'CmdOrCtrl-').replace(/-(?=.)/g, '+')
}
