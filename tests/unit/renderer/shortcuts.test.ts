// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { matchesShortcut } from '../../../src/renderer/src/shortcuts'

// happy-dom is not a Mac: Mod is Ctrl here.
const press = (init: KeyboardEventInit): KeyboardEvent => new KeyboardEvent('keydown', init)

describe('matchesShortcut', () => {
  it('matches the command table’s shortcuts by key and modifiers', () => {
    expect(matchesShortcut(press({ key: 's', code: 'KeyS', ctrlKey: true }), 'Mod-S')).toBe(true)
    expect(matchesShortcut(press({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }), 'Mod-Shift-S')).toBe(true)
    expect(matchesShortcut(press({ key: 'F8', code: 'F8', shiftKey: true }), 'Shift-F8')).toBe(true)
    expect(matchesShortcut(press({ key: 's', code: 'KeyS', ctrlKey: true, shiftKey: true }), 'Mod-S')).toBe(false)
    expect(matchesShortcut(press({ key: 'F8', code: 'F8' }), 'Shift-F8')).toBe(false)
  })

  it('matches a letter with Alt by its key’s place, as a Mac’s Option types another character (R → ®)', () => {
    expect(matchesShortcut(press({ key: '®', code: 'KeyR', ctrlKey: true, altKey: true }), 'Mod-Alt-R')).toBe(true)
    expect(matchesShortcut(press({ key: '®', code: 'KeyR', ctrlKey: true, altKey: true }), 'Mod-Alt-S')).toBe(false)
    expect(matchesShortcut(press({ key: '®', code: 'KeyR', ctrlKey: true }), 'Mod-Alt-R')).toBe(false)
  })

  it('keeps matching a Latin letter by what it types: AZERTY’s Ctrl+Z (at the KeyW place) is not Close', () => {
    expect(matchesShortcut(press({ key: 'z', code: 'KeyW', ctrlKey: true }), 'Mod-W')).toBe(false)
  })
})
