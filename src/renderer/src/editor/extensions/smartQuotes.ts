import { Extension, InputRule } from '@tiptap/core'
import { smartQuote } from '../../../../shared/typography/smartQuotes'

/** The story's language, as the page declares it on the element around the editor (`lang`, from the metadata). */
export function storyLanguage(dom: Element): string {
  return dom.closest('[lang]')?.getAttribute('lang') || 'en'
}

/**
 * Smart quotes as you type: a straight " or ' becomes the story language's quotation mark, or an apostrophe, as
 * it is typed. Ctrl+Z (or Backspace) right after takes the straight mark back in one step. Code has no place in a
 * story body, so nothing is exempt.
 */
export const SmartQuotes = Extension.create({
  name: 'smartQuotes',
  // Before the history's Mod-z: the conversion is undone first, then ordinary undo goes on.
  priority: 1000,
  addInputRules() {
    const editor = this.editor
    return [
      new InputRule({
        find: /["']$/,
        handler: ({ state, range, match }) => {
          const $from = state.doc.resolve(range.from)
          const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc')
          const replacement = smartQuote(match[0] as '"' | "'", before, storyLanguage(editor.view.dom))
          state.tr.insertText(replacement, range.from, range.to)
        }
      })
    ]
  },
  addKeyboardShortcuts() {
    return { 'Mod-z': () => this.editor.commands.undoInputRule() }
  }
})
