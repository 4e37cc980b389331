import { isMac } from './platform'

/** True when a key event is the given "Mod-Shift-S"-style shortcut (Mod is ⌘ on a Mac, Ctrl elsewhere). */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('-')
  const key = parts.pop()!
  const wants = new Set(parts)
  const mod = isMac ? event.metaKey : event.ctrlKey
  const otherMod = isMac ? event.ctrlKey : event.metaKey
  return (
    mod === wants.has('Mod') &&
    !otherMod &&
    event.shiftKey === wants.has('Shift') &&
    event.altKey === wants.has('Alt') &&
    (event.key.toLowerCase() === key.toLowerCase() || sameLetterKey(event, key))
  )
}

/**
 * A letter matched by the key's place when the key typed no Latin letter: on a Mac, Option turns R into "®", so
 * "Mod-Alt-R" never matched by `key`. Only then: on AZERTY, Ctrl+Z types "z" at the place US keyboards call
 * "KeyW", and must stay undo, not Close.
 */
function sameLetterKey(event: KeyboardEvent, key: string): boolean {
  return /^[a-z]$/i.test(key) && !/^[a-z]$/i.test(event.key) && event.code === `Key${key.toUpperCase()}`
}
