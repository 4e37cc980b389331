/**
 * A command table shortcut as an editor keymap key: ProseMirror's keymaps match a letter with Shift by its lower-case
 * base key ("Mod-Shift-q"), while the table writes letters as menus show them ("Mod-Shift-Q").
 */
export function editorKey(shortcut: string): string {
  return shortcut.replace(/[A-Z]$/, (letter) => letter.toLowerCase())
}
