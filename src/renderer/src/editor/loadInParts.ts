import { Fragment } from '@tiptap/pm/model'
import type { Editor } from '@tiptap/react'
import type { Body, BodyNode } from '../../../shared/article/body'

/**
 * Characters of text per part. The editor starts with the first part and the rest follow one part per task,
 * so that drawing a 50,000-word story never holds the window for long; a story under this size opens at once.
 */
const PART_CHARACTERS = 10_000

/** Set on the transactions that add a part: loading, not editing. */
export const LOADING = 'copydeskLoading'

function textLength(node: BodyNode): number {
  return (node.text?.length ?? 0) + (node.content ?? []).reduce((sum, child) => sum + textLength(child), 0)
}

/**
 * The body's top-level blocks in parts of about PART_CHARACTERS characters, in order. A part ends with a
 * paragraph: after any other block TipTap would add an empty paragraph, and the next part would follow it.
 */
export function splitBody(body: Body): { first: Body; rest: BodyNode[][] } {
  const parts: BodyNode[][] = [[]]
  let size = 0
  for (const block of body.content ?? []) {
    const current = parts.at(-1)!
    if (size >= PART_CHARACTERS && current.at(-1)?.type === 'paragraph') {
      parts.push([block])
      size = textLength(block)
    } else {
      current.push(block)
      size += textLength(block)
    }
  }
  const [first, ...rest] = parts
  return { first: { ...body, content: first }, rest }
}

/**
 * Appends `parts` to the editor's document, one part per task, then calls `done`. The additions are not edits:
 * they are left out of undo, autolinking and the unsaved-changes count. Returns a cancel function for when the
 * editor goes away first.
 */
export function appendParts(editor: Editor, parts: BodyNode[][], done: () => void): () => void {
  if (parts.length === 0) {
    done()
    return () => undefined
  }
  let index = 0
  let timer: ReturnType<typeof setTimeout>
  const next = (): void => {
    if (editor.isDestroyed) return
    const { tr } = editor.state
    tr.insert(tr.doc.content.size, Fragment.fromJSON(editor.schema, parts[index]))
    editor.view.dispatch(tr.setMeta('addToHistory', false).setMeta('preventAutolink', true).setMeta(LOADING, true))
    if (++index < parts.length) timer = setTimeout(next, 0)
    else done()
  }
  timer = setTimeout(next, 0)
  return () => clearTimeout(timer)
}
