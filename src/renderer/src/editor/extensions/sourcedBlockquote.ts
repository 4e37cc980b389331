import Blockquote from '@tiptap/extension-blockquote'
import { sourceColour } from './sourceColour'

/** A block quote that carries who said it. */
export const SourcedBlockquote = Blockquote.extend({
  addAttributes() {
    return {
      sourceId: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-source-id') || null,
        renderHTML: (a) => (a.sourceId ? { 'data-source-id': a.sourceId, class: `cd-sourced-block cd-colour-${sourceColour(a.sourceId as string)}` } : {})
      }
    }
  }
})
