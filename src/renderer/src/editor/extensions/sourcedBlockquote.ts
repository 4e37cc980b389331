import Blockquote from '@tiptap/extension-blockquote'
import { sourceColourClass, sourceIdAttribute } from './sourceAttribute'

/** A block quote that carries who said it. */
export const SourcedBlockquote = Blockquote.extend({
  addAttributes() {
    return {
      sourceId: {
        ...sourceIdAttribute(),
        renderHTML: (a: Record<string, unknown>) =>
          a.sourceId ? { 'data-source-id': a.sourceId, class: `cd-sourced-block ${sourceColourClass(a.sourceId as string)}` } : {}
      }
    }
  }
})
