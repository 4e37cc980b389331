import { Mark } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { AddMarkStep, RemoveMarkStep, ReplaceStep, type Step } from '@tiptap/pm/transform'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { NoteClipboard, noteIdsIn } from './noteClipboard'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    note: {
      /** Anchors note `id` to the selection (beside any notes already there). */
      addNote: (id: string) => ReturnType
      /** Takes note `id` off every word it is on. */
      removeNote: (id: string) => ReturnType
    }
  }
}

/** How the editor shows a note: open (highlighted, its first message as a tooltip) or resolved (not highlighted). */
export interface NoteLook {
  open: boolean
  /** "Ed Itor: Which meeting?" */
  title: string
}

interface NotesState {
  looks: Record<string, NoteLook>
  decorations: DecorationSet
}

export const privateNotesKey = new PluginKey<NotesState>('privateNotes')

/** The highlights of the open notes: one per text that carries any, titled with their first messages. */
function decorationsFor(doc: ProseMirrorNode, looks: Record<string, NoteLook>): DecorationSet {
  const decorations: Decoration[] = []
  doc.descendants((node, pos) => {
    if (!node.isText) return
    // A mark whose note the review does not hold (its thread deleted, the mark brought back by undo) is not drawn.
    const open = node.marks.filter((mark) => mark.type.name === 'note' && looks[mark.attrs.id as string]?.open).map((mark) => mark.attrs.id as string)
    if (open.length === 0) return
    const className = `cd-note${open.length > 1 ? ' cd-note-overlap' : ''}`
    const title = open.map((id) => looks[id]!.title).join('\n')
    decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: className, title, 'data-notes': open.join(' ') }))
  })
  return DecorationSet.create(doc, decorations)
}

/** Whether a step adds, removes or brings in a note (typing inside one, a paste, an undo), so the highlights are drawn again. */
function touchesNotes(step: Step): boolean {
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return step.mark.type.name === 'note'
  if (step instanceof ReplaceStep) return noteIdsIn(step.slice.content).size > 0
  return true
}

/**
 * Where the newsroom's private notes sit: `<span data-note-id>` marks, one per note, so notes may overlap, and
 * each follows its words through typing, splitting and joining paragraphs, undo and save. The thread of each
 * note lives in the review (the file's `review.notes`). A note never leaves the app: no HTML is parsed into one
 * (a pasted page cannot plant notes), and what is copied or cut goes to the clipboard without them (see
 * NoteClipboard). Highlights are decorations, so a resolved note stays anchored but is not highlighted.
 */
export const PrivateNote = Mark.create({
  name: 'note',
  // Notes overlap: a note beside another on the same words is a second mark, not a replacement.
  excludes: '',
  // Typing at a note's edge does not extend it.
  inclusive: false,
  spanning: true,

  addAttributes() {
    return { id: { default: null, renderHTML: (a) => ({ 'data-note-id': a.id }) } }
  },

  parseHTML() {
    return []
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', HTMLAttributes, 0]
  },

  addCommands() {
    return {
      addNote:
        (id) =>
        ({ tr, state, dispatch }) => {
          const { from, to, empty } = state.selection
          if (empty) return false
          dispatch?.(tr.addMark(from, to, state.schema.marks.note!.create({ id })))
          return true
        },
      removeNote:
        (id) =>
        ({ tr, state, dispatch }) => {
          let found = false
          state.doc.descendants((node, pos) => {
            const mark = node.isText ? node.marks.find((m) => m.type.name === 'note' && m.attrs.id === id) : undefined
            if (!mark) return
            found = true
            tr.removeMark(pos, pos + node.nodeSize, mark)
          })
          if (found) dispatch?.(tr)
          return found
        }
    }
  },

  addProseMirrorPlugins() {
    const clipboard = new NoteClipboard()
    return [
      new Plugin<NotesState>({
        key: privateNotesKey,
        state: {
          init: (_config, state) => ({ looks: {}, decorations: decorationsFor(state.doc, {}) }),
          apply(tr, value, _old, newState) {
            const looks = tr.getMeta(privateNotesKey) as Record<string, NoteLook> | undefined
            if (looks) return { looks, decorations: decorationsFor(newState.doc, looks) }
            if (!tr.docChanged) return value
            // Most typing is not in a note: the highlights only move with it.
            if (!tr.steps.some(touchesNotes)) return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) }
            return { ...value, decorations: decorationsFor(newState.doc, value.looks) }
          }
        },
        props: {
          decorations: (state) => privateNotesKey.getState(state)?.decorations ?? DecorationSet.empty,
          transformCopied: (slice) => clipboard.copy(slice),
          transformPasted: (slice, view, plain) => {
            const draggedMove = view.dragging ? view.dragging.move : null
            return clipboard.paste(slice, noteIdsIn(view.state.doc.content), { plain: !!plain, draggedMove })
          }
        }
      })
    ]
  }
})
