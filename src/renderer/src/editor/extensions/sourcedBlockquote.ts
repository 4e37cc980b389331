import Blockquote from '@tiptap/extension-blockquote'
import { sourceIdAttribute, validId } from './sourceAttribute'
import { sourceColourClass } from '../sourceColours'

/**
 * A block quote that carries who said it, and (once it has a speaker) an id of its own, by which the editor's
 * review keeps its status: `data-block-quote-id` in HTML.
 */
export const SourcedBlockquote = Blockquote.extend({
  addAttributes() {
    return {
      sourceId: {
        ...sourceIdAttribute(),
        renderHTML: (a: Record<string, unknown>) =>
          a.sourceId ? { 'data-source-id': a.sourceId, class: `cd-sourced-block ${sourceColourClass(a.sourceId as string)}` } : {}
      },
      id: {
        default: null,
        parseHTML: (element: HTMLElement) => validId(element.getAttribute('data-block-quote-id')),
        renderHTML: (a: Record<string, unknown>) => (a.id ? { 'data-block-quote-id': a.id } : {})
      }
    }
  }
})
