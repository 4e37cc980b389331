import { basename } from 'node:path'
import { Menu, type MenuItemConstructorOptions } from 'electron'
import { COMMANDS, shortcutOf, type Command, type CommandSpec } from '../shared/commands'
import type { RecentStory } from '../shared/recentStories'

/** What the menu's items do: send a command to the page, open a recent story, empty the recent list. */
export interface MenuActions {
  command: (command: Command) => void
  openRecent: (path: string) => void
  clearRecent: () => void
}

/**
 * The native application menu. The renderer handles the document shortcuts itself (one code path, the same
 * in tests), so on Windows and Linux the accelerators are only displayed; macOS always routes key
 * equivalents through the menu, and the menu sends the same commands.
 */
export function buildMenu(actions: MenuActions, recent: readonly RecentStory[] = [], platform: NodeJS.Platform = process.platform): Menu {
  const isMac = platform === 'darwin'
  const send = actions.command
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
    {
      label: '&File',
      submenu: [
        ...items('File').flatMap((item) => (item.label === COMMANDS.open.label ? [item, { label: 'Open &Recent', submenu: recentItems(recent, actions) }] : [item])),
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, accelerator: 'Ctrl+Q' }])
      ]
    },
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

/** File ▸ Open Recent: each story by its headline (or file name); one that moved or vanished is shown, greyed. */
function recentItems(recent: readonly RecentStory[], actions: MenuActions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Stories', enabled: false }]
  return [
    ...recent.map((story): MenuItemConstructorOptions => ({
      // "&" would make the next letter a mnemonic; "&&" shows one "&".
      label: `${(story.headline || basename(story.path)).replace(/&/g, '&&')}${story.missing ? ' (moved or deleted)' : ''}`,
      sublabel: story.path,
      enabled: !story.missing,
      click: () => actions.openRecent(story.path)
    })),
    { type: 'separator' },
    { label: 'Clear Recent', click: actions.clearRecent }
  ]
}

/** "Mod-Shift-S" as Electron writes it: "CmdOrCtrl+Shift+S". */
export function electronAccelerator(shortcut: string): string {
  return shortcut.replace(/^Mod-/, 'CmdOrCtrl-').replace(/-(?=.)/g, '+')
}
