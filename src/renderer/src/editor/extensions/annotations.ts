import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

export interface Underline {
  from: number
  to: number
  className: string
  title: string
}

interface AnnotationState {
  highlightSourceId: string | null
  underlines: DecorationSet
  highlights: DecorationSet
}

export const annotationsKey = new PluginKey<AnnotationState>('copydeskAnnotations')

type Meta = { underlines: Underline[] } | { highlightSourceId: string | null }

function highlightDecorations(doc: Parameters<typeof DecorationSet.create>[0], sourceId: string | null): DecorationSet {
  if (!sourceId) return DecorationSet.empty
  const decorations: Decoration[] = []
  doc.descendants((node, pos) => {
    if (node.isText && node.marks.some((m) => m.type.name === 'quote' && m.attrs.sourceId === sourceId)) {
      decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: 'cd-highlight' }))
    }
  })
  return DecorationSet.create(doc, decorations)
}

/**
 * Decorations that are not part of the document: subtle underlines for the engine's suggestions and flags,
 * and the highlight of one source's quotes. They map through edits and never change the text.
 */
export const Annotations = Extension.create({
  name: 'annotations',
  addProseMirrorPlugins() {
    return [
      new Plugin<AnnotationState>({
        key: annotationsKey,
        state: {
          init: () => ({ highlightSourceId: null, underlines: DecorationSet.empty, highlights: DecorationSet.empty }),
          apply(tr, value, _old, newState) {
            const meta = tr.getMeta(annotationsKey) as Meta | undefined
            let { highlightSourceId, underlines, highlights } = value
            underlines = underlines.map(tr.mapping, tr.doc)
            if (meta && 'underlines' in meta) {
              underlines = DecorationSet.create(
                tr.doc,
                meta.underlines
                  .filter((u) => u.from < u.to && u.to <= tr.doc.content.size)
                  .map((u) => Decoration.inline(u.from, u.to, { class: u.className, title: u.title }))
              )
            }
            if (meta && 'highlightSourceId' in meta) highlightSourceId = meta.highlightSourceId
            if (tr.docChanged || (meta && 'highlightSourceId' in meta)) highlights = highlightDecorations(newState.doc, highlightSourceId)
            return { highlightSourceId, underlines, highlights }
          }
        },
        props: {
          decorations(state) {
            const value = annotationsKey.getState(state)
            if (!value) return DecorationSet.empty
            return value.underlines.add(state.doc, value.highlights.find())
          }
        }
      })
    ]
  }
})
