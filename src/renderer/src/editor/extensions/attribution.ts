import { Mark, mergeAttributes } from '@tiptap/core'
import { newId } from '../../../../shared/article/sources'
import type { QuoteOptions } from './quote'
import { sourceIdAttribute, validId } from './sourceAttribute'
import { sourceColourClass } from '../sourceColours'
import { COMMANDS } from '../../../../shared/commands'
import { editorKey } from '../editorKey'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attribution: {
      setAttribution: (attrs: { sourceId: string | null; quoteIds: string[]; id?: string }) => ReturnType
      unsetAttribution: () => ReturnType
    }
  }
}

/** The phrase that attributes a quote ("Krutsky said"), linked to its source and its quotes. */
export const Attribution = Mark.create<QuoteOptions>({
  name: 'attribution',
  inclusive: false,

  addOptions() {
    return { onMarkRequest: () => false }
  },

  addAttributes() {
    return {
      id: { default: null, parseHTML: (el) => el.getAttribute('data-attribution-id'), renderHTML: (a) => ({ 'data-attribution-id': a.id }) },
      sourceId: sourceIdAttribute(),
      quoteIds: {
        default: [],
        parseHTML: (el) => (el.getAttribute('data-quote-ids') ?? '').split(/\s+/).filter((id) => validId(id) !== null).slice(0, 100),
        renderHTML: (a) => ({ 'data-quote-ids': (a.quoteIds as string[]).join(' ') })
      }
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-attribution-id]', getAttrs: (element) => (validId(element.getAttribute('data-attribution-id')) ? null : false) }]
  },

  renderHTML({ HTMLAttributes, mark }) {
    return ['span', mergeAttributes({ class: `cd-attribution ${sourceColourClass(mark.attrs.sourceId as string | null)}`.trim() }, HTMLAttributes), 0]
  },

  addCommands() {
    return {
      setAttribution:
        ({ sourceId, quoteIds, id }) =>
        ({ commands }) =>
          commands.setMark(this.name, { id: id ?? newId('a'), sourceId, quoteIds }),
      unsetAttribution:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true })
    }
  },

  addKeyboardShortcuts() {
    return { [editorKey(COMMANDS.markAttribution.shortcut)]: () => this.options.onMarkRequest('attribution') }
  }
})
