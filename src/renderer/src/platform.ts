export const isMac = /Mac|iPhone|iPad/.test(navigator.platform)

/** "Mod-Shift-S" as the user's platform writes it: "⌘⇧S" on a Mac, "Ctrl+Shift+S" elsewhere. */
export function shortcutLabel(shortcut: string): string {
  const parts = shortcut.split('-')
  if (isMac) {
    const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' }
    return parts.map((part) => symbols[part] ?? part).join('')
  }
  return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+')
}
