import { Mark, mergeAttributes } from '@tiptap/core'
import { newId } from '../../../../shared/article/sources'
import { QUOTE_KINDS } from '../../../../shared/article/body'
import { sourceIdAttribute, validId } from './sourceAttribute'
import { sourceColourClass } from '../sourceColours'
import { COMMANDS } from '../../../../shared/commands'
import { editorKey } from '../editorKey'

export type QuoteKind = (typeof QUOTE_KINDS)[number]

export interface QuoteOptions {
  /** Called by Mod-Shift-Q: the app opens its "who said it?" popover. */
  onMarkRequest: (type: 'quote' | 'attribution') => boolean
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quote: {
      /** Marks the selection as a quote of `sourceId` (a new id unless one is given). */
      setQuote: (attrs: { sourceId: string | null; kind: QuoteKind; id?: string }) => ReturnType
      unsetQuote: () => ReturnType
    }
  }
}

/** A quotation in the body: `<span class="cd-quote" data-quote-id data-source-id data-kind>`. */
export const Quote = Mark.create<QuoteOptions>({
  name: 'quote',
  // Typing at a quote's edge does not extend it; two quotes never merge into one.
  inclusive: false,
  spanning: true,

  addOptions() {
    return { onMarkRequest: () => false }
  },

  addAttributes() {
    return {
      id: { default: null, parseHTML: (el) => el.getAttribute('data-quote-id'), renderHTML: (a) => ({ 'data-quote-id': a.id }) },
      sourceId: sourceIdAttribute(),
      kind: {
        default: 'direct',
        parseHTML: (el) => (QUOTE_KINDS as readonly string[]).includes(el.getAttribute('data-kind') ?? '') ? el.getAttribute('data-kind') : 'direct',
        renderHTML: (a) => ({ 'data-kind': a.kind })
      }
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-quote-id]', getAttrs: (element) => (validId(element.getAttribute('data-quote-id')) ? null : false) }]
  },

  renderHTML({ HTMLAttributes, mark }) {
    const colour = sourceColourClass(mark.attrs.sourceId as string | null)
    return ['span', mergeAttributes({ class: `cd-quote ${colour || 'cd-unattributed'}` }, HTMLAttributes), 0]
  },

  addCommands() {
    return {
      setQuote:
        ({ sourceId, kind, id }) =>
        ({ commands }) =>
          commands.setMark(this.name, { id: id ?? newId('q'), sourceId, kind }),
      unsetQuote:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true })
    }
  },

  addKeyboardShortcuts() {
    return { [editorKey(COMMANDS.markQuote.shortcut)]: () => this.options.onMarkRequest('quote') }
  }
})
