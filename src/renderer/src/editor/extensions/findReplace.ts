import { Extension } from '@tiptap/core'
import { search } from 'prosemirror-search'

/**
 * Find and replace in the body: prosemirror-search (ProseMirror's own module) keeps the query in the editor's
 * state and draws every match as a decoration, the current one apart; its replace-all is one transaction, so one
 * undo step. The find bar (find/FindBar.tsx) drives it through find/bodySearch.ts.
 */
export const FindReplace = Extension.create({
  name: 'findReplace',
  addProseMirrorPlugins: () => [search()]
})
