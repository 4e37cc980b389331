import { describe, expect, it } from 'vitest'
import { COMMAND_IDS, COMMANDS, shortcutOf, type CommandSpec } from '../../../src/shared/commands'

// The one command table behind the menus, the header, the toolbar, the keyboard and the shortcut sheet.
describe('the command table', () => {
  it('gives every command a label and a menu', () => {
    for (const command of COMMAND_IDS) {
      const spec: CommandSpec = COMMANDS[command]
      expect(spec.label.trim(), command).not.toBe('')
      expect(['File', 'Edit', 'Format', 'View', 'Review', 'Help'], command).toContain(spec.menu)
    }
  })

  it.each([
    ['Windows and Linux', false],
    ['macOS', true]
  ])('gives no two commands the same shortcut on %s', (_platform, mac) => {
    const shortcuts = COMMAND_IDS.map((command) => shortcutOf(command, mac))
    expect(new Set(shortcuts).size).toBe(shortcuts.length)
  })

  it('keeps off the keys the systems and the editor own', () => {
    // ⌘H hides the app on a Mac, ⌘Q quits it; Ctrl+Q quits elsewhere; Ctrl+Z and Ctrl+Y are undo and redo.
    expect(shortcutOf('replace', true)).toBe('Mod-Alt-F')
    expect(shortcutOf('replace', false)).toBe('Mod-H')
    for (const mac of [true, false]) {
      const taken = COMMAND_IDS.map((command) => shortcutOf(command, mac))
      expect(taken).not.toContain('Mod-Q')
      expect(taken).not.toContain('Mod-Z')
      expect(taken).not.toContain('Mod-Shift-Z')
      expect(taken).not.toContain('Mod-A')
      expect(taken).not.toContain('Mod-C')
      expect(taken).not.toContain('Mod-V')
      expect(taken).not.toContain('Mod-X')
    }
    expect(COMMAND_IDS.map((command) => shortcutOf(command, true))).not.toContain('Mod-H')
  })
})
