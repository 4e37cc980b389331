import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { COMMANDS, type Command } from '../../../src/shared/commands'

// Electron's Menu needs the binary; the template it would be built from is what this test reads.
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }))
const { buildMenu, electronAccelerator } = await import('../../../src/main/menu')

describe('the File menu, built from the command table', () => {
  const sent: Command[] = []
  const template = buildMenu((command) => sent.push(command)) as unknown as MenuItemConstructorOptions[]
  const file = template.find((menu) => menu.label === '&File')!.submenu as MenuItemConstructorOptions[]
  const items = file.filter((item) => item.label)

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
    expect(labels('&View').slice(0, 2)).toEqual(['Review Mode', 'separator'])
    expect(labels('&Review')).toEqual(['Next Open Item', 'Previous Open Item', 'separator', 'Add Note…', 'separator', 'Sign Off…', 'Attribution Report…'])
    const view = template.find((menu) => menu.label === '&View')!.submenu as MenuItemConstructorOptions[]
    expect(view[0]!.accelerator).toBe('CmdOrCtrl+Alt+R')
  })

  it('separates the groups of commands', () => {
    const kinds = file.map((item) => (item.type === 'separator' ? '|' : item.label ? 'item' : item.role))
    expect(kinds.slice(0, 3)).toEqual(['item', 'item', 'item'])
    expect(kinds[3]).toBe('|')
  })

  it('writes shortcuts as Electron accelerators', () => {
    expect(electronAccelerator('Mod-N')).toBe('CmdOrCtrl+N')
    expect(electronAccelerator('Mod-Shift-O')).toBe('CmdOrCtrl+Shift+O')
  })
})
