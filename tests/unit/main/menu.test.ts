import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { COMMANDS, type Command } from '../../../src/shared/commands'

// Electron's Menu needs the binary; the template it would be built from is what this test reads.
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }))
const { buildMenu, electronAccelerator } = await import('../../../src/main/menu')

describe('the File menu, built from the command table', () => {
  const sent: Command[] = []
  const opened: string[] = []
  let cleared = 0
  const actions = { command: (command: Command) => void sent.push(command), openRecent: (path: string) => void opened.push(path), clearRecent: () => void cleared++ }
  const template = buildMenu(actions) as unknown as MenuItemConstructorOptions[]
  const file = template.find((menu) => menu.label === '&File')!.submenu as MenuItemConstructorOptions[]
  const items = file.filter((item) => item.label && !item.submenu)

  it('lists every command with the label and shortcut the header and keyboard use', () => {
    expect(items.map((item) => item.label)).toEqual(Object.values(COMMANDS).filter((command) => command.menu === 'File').map((command) => command.label))
    expect(items.find((item) => item.label === 'Save As…')?.accelerator).toBe('CmdOrCtrl+Shift+S')
    expect(items.find((item) => item.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,')
  })

  it('sends the command of the item clicked', () => {
    for (const item of items) (item.click as () => void)()
    expect(sent).toEqual((Object.keys(COMMANDS) as Command[]).filter((command) => COMMANDS[command].menu === 'File'))
  })

  it('puts review mode in the View menu and the review commands in a Review menu', () => {
    const labels = (name: string): unknown[] => (template.find((menu) => menu.label === name)!.submenu as MenuItemConstructorOptions[]).map((item) => item.label ?? item.type ?? item.role)
    expect(labels('&View').slice(0, 5)).toEqual(['Review Mode', 'Focus Mode', 'Move Between Story and Panel', 'Side Panel', 'separator'])
    expect(labels('&Review')).toEqual(['Next Open Item', 'Previous Open Item', 'Who Said It', 'separator', 'Add Note…', 'separator', 'Sign Off…', 'Attribution Report…'])
    const view = template.find((menu) => menu.label === '&View')!.submenu as MenuItemConstructorOptions[]
    expect(view[0]!.accelerator).toBe('CmdOrCtrl+Alt+R')
  })

  it('separates the groups of commands', () => {
    const kinds = file.map((item) => (item.type === 'separator' ? '|' : item.label ? 'item' : item.role))
    // New, Open…, Open Recent, Import…, then a separator.
    expect(kinds.slice(0, 4)).toEqual(['item', 'item', 'item', 'item'])
    expect(kinds[4]).toBe('|')
  })

  it('has an Edit menu with the system editing roles, then Find and Replace; Format, View, Review and Help menus', () => {
    const edit = template.find((menu) => menu.label === '&Edit')!.submenu as MenuItemConstructorOptions[]
    expect(edit.slice(0, 8).map((item) => item.role ?? item.type)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll'])
    expect(edit.find((item) => item.role === 'pasteAndMatchStyle')?.label).toBe('Paste as Plain Text')
    expect(edit.filter((item) => item.label && !item.role).map((item) => [item.label, item.accelerator])).toEqual(
      process.platform === 'darwin'
        ? [['Find…', 'CmdOrCtrl+F'], ['Replace…', 'CmdOrCtrl+Alt+F'], ['Find Next', 'CmdOrCtrl+G'], ['Find Previous', 'CmdOrCtrl+Shift+G']]
        : [['Find…', 'CmdOrCtrl+F'], ['Replace…', 'CmdOrCtrl+H'], ['Find Next', 'F3'], ['Find Previous', 'Shift+F3']]
    )
    const format = template.find((menu) => menu.label === 'F&ormat')!.submenu as MenuItemConstructorOptions[]
    expect(format.filter((item) => item.label).map((item) => item.label)).toEqual(Object.values(COMMANDS).filter((command) => command.menu === 'Format').map((command) => command.label))
    const help = template.find((menu) => menu.label === '&Help')!.submenu as MenuItemConstructorOptions[]
    expect(help.map((item) => [item.label, item.accelerator])).toEqual([['Keyboard Shortcuts', 'CmdOrCtrl+/']])
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(
      process.platform === 'darwin' ? ['appMenu', '&File', '&Edit', 'F&ormat', '&View', '&Review', 'windowMenu', '&Help'] : ['&File', '&Edit', 'F&ormat', '&View', '&Review', 'windowMenu', '&Help']
    )
  })

  it('follows each platform: the App menu and ⌥⌘F on macOS, Quit on Ctrl+Q and Ctrl+H elsewhere', () => {
    const mac = buildMenu(actions, [], 'darwin') as unknown as MenuItemConstructorOptions[]
    const linux = buildMenu(actions, [], 'linux') as unknown as MenuItemConstructorOptions[]
    const submenu = (menus: MenuItemConstructorOptions[], label: string) => menus.find((menu) => menu.label === label)!.submenu as MenuItemConstructorOptions[]
    expect(mac[0]!.role).toBe('appMenu')
    expect(submenu(mac, '&File').some((item) => item.role === 'quit')).toBe(false)
    expect(submenu(mac, '&Edit').find((item) => item.label === 'Replace…')?.accelerator).toBe('CmdOrCtrl+Alt+F')
    expect(linux.some((menu) => menu.role === 'appMenu')).toBe(false)
    expect(submenu(linux, '&File').at(-1)).toEqual({ role: 'quit', accelerator: 'Ctrl+Q' })
    expect(submenu(linux, '&Edit').find((item) => item.label === 'Replace…')?.accelerator).toBe('CmdOrCtrl+H')
  })

  it('lists recent stories under File ▸ Open Recent, after Open…: a moved one greyed, and Clear Recent', () => {
    const stories = [
      { path: '/news/bridge.copydesk', headline: 'Bridge & tunnel deal', slug: 'bridge', words: 400, modified: '2026-11-27T10:00:00.000Z', missing: false },
      { path: '/news/old.copydesk', headline: '', slug: '', words: 0, modified: '2026-11-20T10:00:00.000Z', missing: true }
    ]
    const menus = buildMenu(actions, stories) as unknown as MenuItemConstructorOptions[]
    const fileMenu = menus.find((menu) => menu.label === '&File')!.submenu as MenuItemConstructorOptions[]
    const openAt = fileMenu.findIndex((item) => item.label === 'Open…')
    expect(fileMenu[openAt + 1]!.label).toBe('Open &Recent')
    const recent = fileMenu[openAt + 1]!.submenu as MenuItemConstructorOptions[]
    expect(recent.map((item) => [item.label ?? item.type, item.enabled ?? true])).toEqual([
      ['Bridge && tunnel deal', true],
      ['old.copydesk (moved or deleted)', false],
      ['separator', true],
      ['Clear Recent', true]
    ])
    ;(recent[0]!.click as () => void)()
    ;(recent[3]!.click as () => void)()
    expect(opened).toEqual(['/news/bridge.copydesk'])
    expect(cleared).toBe(1)
    const empty = (buildMenu(actions, []) as unknown as MenuItemConstructorOptions[]).find((menu) => menu.label === '&File')!.submenu as MenuItemConstructorOptions[]
    expect((empty.find((item) => item.label === 'Open &Recent')!.submenu as MenuItemConstructorOptions[])).toEqual([{ label: 'No Recent Stories', enabled: false }])
  })

  it('writes shortcuts as Electron accelerators', () => {
    expect(electronAccelerator('Mod-N')).toBe('CmdOrCtrl+N')
    expect(electronAccelerator('Mod-Shift-O')).toBe('CmdOrCtrl+Shift+O')
  })
})
