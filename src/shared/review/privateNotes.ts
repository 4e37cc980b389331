import type { BodyNode } from '../article/body'
import type { ArticleDocument } from '../article/document'
import type { PrivateNote, Review } from '../article/review'
import { textNodesInOrder } from '../article/textNodes'
import { excerpt, type Reviewer } from './reviewChanges'

/** Where a note sits in the story: its words (blocks joined by a line break) and the quotes they touch. */
export interface NoteAnchor {
  text: string
  quoteIds: Set<string>
}

/** Every note mark of a body, in the order the story first reaches it. */
export function noteAnchors(body: BodyNode): Map<string, NoteAnchor> {
  const anchors = new Map<string, NoteAnchor>()
  const lastBlock = new Map<string, number>()
  for (const { node, block } of textNodesInOrder(body)) {
    const marks = node.marks ?? []
    const quoteId = marks.find((mark) => mark.type === 'quote')?.attrs.id
    for (const mark of marks) {
      if (mark.type !== 'note') continue
      const { id } = mark.attrs
      const anchor = anchors.get(id) ?? { text: '', quoteIds: new Set<string>() }
      anchor.text += (anchors.has(id) && lastBlock.get(id) !== block ? '\n' : '') + node.text
      if (quoteId) anchor.quoteIds.add(quoteId)
      anchors.set(id, anchor)
      lastBlock.set(id, block)
    }
  }
  return anchors
}

/** A note as the panels, the walk and the report see it: its thread, and its words if they are still there. */
export interface NoteInStory {
  id: string
  note: PrivateNote
  /** The words it is on now, or null when they were deleted (the note then shows its `excerpt`). */
  anchor: NoteAnchor | null
}

/** Every note of the story: those still on words in story order, then those whose words were deleted. */
export function notesInStory(document: ArticleDocument, anchors = noteAnchors(document.body)): NoteInStory[] {
  const { notes } = document.review
  const placed = [...anchors].filter(([id]) => notes[id]).map(([id, anchor]) => ({ id, note: notes[id]!, anchor }))
  const detached = Object.entries(notes)
    .filter(([id]) => !anchors.has(id))
    .map(([id, note]) => ({ id, note, anchor: null }))
  return [...placed, ...detached]
}

export const isOpen = (note: PrivateNote): boolean => note.resolved === null

function withNote(review: Review, id: string, note: PrivateNote): Review {
  return { ...review, notes: { ...review.notes, [id]: note } }
}

function existing(review: Review, id: string): PrivateNote {
  const note = review.notes[id]
  if (!note) throw new Error(`The story has no note ${id}.`)
  return note
}

/** A new note on some words (`words`: what they read, kept in case they are deleted). */
export function addNote(review: Review, id: string, words: string, text: string, reviewer: Reviewer): Review {
  return withNote(review, id, { excerpt: excerpt(words), thread: [{ by: reviewer.by, at: reviewer.at, text: text.trim() }], resolved: null })
}

/** A reply reopens a resolved note: it asks for an answer again. */
export function replyToNote(review: Review, id: string, text: string, reviewer: Reviewer): Review {
  const note = existing(review, id)
  return withNote(review, id, { ...note, thread: [...note.thread, { by: reviewer.by, at: reviewer.at, text: text.trim() }], resolved: null })
}

export function resolveNote(review: Review, id: string, reviewer: Reviewer): Review {
  return withNote(review, id, { ...existing(review, id), resolved: { by: reviewer.by, at: reviewer.at } })
}

export function reopenNote(review: Review, id: string): Review {
  return withNote(review, id, { ...existing(review, id), resolved: null })
}

/** Forgets a note's thread (its marks are the editor's to remove). */
export function deleteNote(review: Review, id: string): Review {
  const notes = { ...review.notes }
  delete notes[id]
  return { ...review, notes }
}
