import { describe, expect, it } from 'vitest'
import { contextMenuTemplate, spellCheckerLanguage } from '../../../src/main/contextMenu'

const flags = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: true }

describe('the context menu', () => {
  it('offers the spell checker’s suggestions for a misspelled word, then Add to Dictionary and Ignore, then editing', () => {
    const done: string[] = []
    const actions = { replaceMisspelling: (w: string) => done.push(`replace ${w}`), addToDictionary: (w: string) => done.push(`add ${w}`), ignore: (w: string) => done.push(`ignore ${w}`) }
    const template = contextMenuTemplate({ misspelledWord: 'Krutsky', dictionarySuggestions: ['Kratsky', 'Krusty'], isEditable: true, selectionText: '', editFlags: flags }, actions)
    expect(template.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'Kratsky', 'Krusty', 'separator', 'Add “Krutsky” to Dictionary', 'Ignore Spelling', 'separator', 'cut', 'copy', 'paste', 'Paste as Plain Text', 'separator', 'selectAll'
    ])
    for (const item of template) (item.click as (() => void) | undefined)?.()
    expect(done).toEqual(['replace Kratsky', 'replace Krusty', 'add Krutsky', 'ignore Krutsky'])
  })

  it('says when there is no suggestion, greys what the spot cannot do, and offers only Copy on selected page text', () => {
    const none = contextMenuTemplate({ misspelledWord: 'Xqzt', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags: { ...flags, canCut: false, canPaste: false } }, { replaceMisspelling: () => undefined, addToDictionary: () => undefined, ignore: () => undefined })
    expect(none[0]).toEqual({ label: 'No Spelling Suggestions', enabled: false })
    expect(none.find((item) => item.role === 'cut')?.enabled).toBe(false)
    expect(none.find((item) => item.role === 'pasteAndMatchStyle')?.enabled).toBe(false)
    const readOnly = contextMenuTemplate({ misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: 'a flag', editFlags: flags }, { replaceMisspelling: () => undefined, addToDictionary: () => undefined, ignore: () => undefined })
    expect(readOnly).toEqual([{ role: 'copy', enabled: true }])
  })
})

describe('the spell checker’s language for a story', () => {
  const available = ['en-US', 'en-GB', 'fr', 'pt-BR', 'de-DE']
  it('takes the exact dictionary, else one of the same language, else none', () => {
    expect(spellCheckerLanguage('en-GB', available)).toBe('en-GB')
    expect(spellCheckerLanguage('EN-gb', available)).toBe('en-GB')
    expect(spellCheckerLanguage('en-CA', available)).toBe('en-US')
    expect(spellCheckerLanguage('fr-CA', available)).toBe('fr')
    expect(spellCheckerLanguage('pt', available)).toBe('pt-BR')
    expect(spellCheckerLanguage('ru', available)).toBeNull()
    expect(spellCheckerLanguage('', available)).toBeNull()
  })
})
