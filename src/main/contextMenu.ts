import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'

/** What the context menu's spelling items do (Electron's webContents and session, stand-ins in the tests). */
export interface SpellingActions {
  replaceMisspelling: (word: string) => void
  addToDictionary: (word: string) => void
  /** Leaves the word alone for the rest of this session. */
  ignore: (word: string) => void
}

type MenuParams = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>

/**
 * The right-click menu: on a misspelled word its suggestions, Add to Dictionary and Ignore; then Cut, Copy, Paste,
 * Paste as Plain Text and Select All as the spot allows (Electron shows no context menu of its own).
 */
export function contextMenuTemplate(params: MenuParams, spelling: SpellingActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  const word = params.misspelledWord
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, 6)
    if (suggestions.length === 0) items.push({ label: 'No Spelling Suggestions', enabled: false })
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => spelling.replaceMisspelling(suggestion) })
    items.push({ type: 'separator' })
    items.push({ label: `Add “${word}” to Dictionary`, click: () => spelling.addToDictionary(word) })
    items.push({ label: 'Ignore Spelling', click: () => spelling.ignore(word) })
    items.push({ type: 'separator' })
  }
  const flags = params.editFlags
  if (params.isEditable) {
    items.push({ role: 'cut', enabled: flags.canCut })
    items.push({ role: 'copy', enabled: flags.canCopy })
    items.push({ role: 'paste', enabled: flags.canPaste })
    items.push({ role: 'pasteAndMatchStyle', label: 'Paste as Plain Text', enabled: flags.canPaste })
    items.push({ type: 'separator' })
    items.push({ role: 'selectAll', enabled: flags.canSelectAll })
  } else if (params.selectionText.trim()) {
    items.push({ role: 'copy', enabled: flags.canCopy })
  }
  return items
}

/**
 * The spell checker's dictionary for a story's language tag ("en-GB", "fr", "pt-BR"), among those Chromium offers:
 * the exact one, else one of the same language (a Canadian story checked in US English rather than not at all).
 */
export function spellCheckerLanguage(tag: string, available: readonly string[]): string | null {
  const wanted = tag.trim().toLowerCase()
  if (!wanted) return null
  const exact = available.find((language) => language.toLowerCase() === wanted)
  if (exact) return exact
  const base = wanted.split('-')[0]!
  return available.find((language) => language.toLowerCase() === base) ?? available.find((language) => language.toLowerCase().startsWith(`${base}-`)) ?? null
}
