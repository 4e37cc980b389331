import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'

const NOTE = 'note'

/** The note ids a fragment carries. */
export function noteIdsIn(fragment: Fragment): Set<string> {
  const ids = new Set<string>()
  fragment.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === NOTE) ids.add(mark.attrs.id as string)
  })
  return ids
}

/** A fragment without the note marks `drop` accepts (every note when not given). */
function withoutNotes(fragment: Fragment, drop: (id: string) => boolean): Fragment {
  const nodes: ProseMirrorNode[] = []
  fragment.forEach((node) => {
    if (node.isText) nodes.push(node.mark(node.marks.filter((mark) => mark.type.name !== NOTE || !drop(mark.attrs.id as string))))
    else nodes.push(node.copy(withoutNotes(node.content, drop)))
  })
  return Fragment.from(nodes)
}

export function stripNotes(slice: Slice, drop: (id: string) => boolean = () => true): Slice {
  return new Slice(withoutNotes(slice.content, drop), slice.openStart, slice.openEnd)
}

const wordsOf = (slice: Slice): string => slice.content.textBetween(0, slice.content.size, '\n', '\n')

/**
 * Private notes on the clipboard: what is copied or cut leaves without its notes (the clipboard reaches other
 * apps), and is remembered here with them. A paste of the same words back into the story brings the notes
 * back, but only those no longer in the story: a cut and paste moves a note, a copy and paste does not
 * duplicate it.
 */
export class NoteClipboard {
  private copied: { withNotes: Slice; words: string } | null = null

  /** What goes on the clipboard for a copied slice. */
  copy(slice: Slice): Slice {
    if (noteIdsIn(slice.content).size === 0) {
      this.copied = null
      return slice
    }
    this.copied = { withNotes: slice, words: wordsOf(slice) }
    return stripNotes(slice)
  }

  /**
   * What a paste (or drop) inserts. `inStory`: the note ids the story holds now. A slice dragged within the
   * story arrives with its notes: moved, they go with it; copied (a modifier held), they stay behind.
   */
  paste(slice: Slice, inStory: Set<string>, options: { plain: boolean; draggedMove: boolean | null }): Slice {
    if (options.draggedMove !== null) return options.draggedMove ? slice : stripNotes(slice, (id) => inStory.has(id))
    const copied = this.copied
    if (options.plain || !copied || wordsOf(slice) !== copied.words) return slice
    return stripNotes(copied.withNotes, (id) => inStory.has(id))
  }
}
