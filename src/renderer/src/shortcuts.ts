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
    event.key.toLowerCase() === key.toLowerCase()
  )
}
