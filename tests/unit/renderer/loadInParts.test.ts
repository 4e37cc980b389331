// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { undoDepth } from '@tiptap/pm/history'
import { generateDocument } from '../../../bench/generateDocument'
import { articleExtensions } from '../../../src/renderer/src/editor/extensions'
import { appendParts, LOADING, splitBody } from '../../../src/renderer/src/editor/loadInParts'
import type { Body, BodyNode } from '../../../src/shared/article/body'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

/** Opens `body` the way ArticleEditor does: the first part at once, the rest one part per task. */
async function openInParts(body: Body): Promise<{ editor: Editor; updates: boolean[] }> {
  const { first, rest } = splitBody(body)
  const opened = new Editor({ extensions: articleExtensions(), content: first, injectCSS: false, editable: rest.length === 0 })
  editor = opened
  const updates: boolean[] = []
  opened.on('update', ({ transaction }) => updates.push(Boolean(transaction.getMeta(LOADING))))
  await new Promise<void>((resolve) => appendParts(opened, rest, resolve))
  return { editor: opened, updates }
}

const heading = (text: string): BodyNode => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] })

describe('opening a long story in parts', () => {
  it('keeps a short story whole', () => {
    const body = generateDocument(1_000).body
    expect(splitBody(body)).toEqual({ first: body, rest: [] })
  })

  it('splits a long story into parts in order, losing nothing', () => {
    const body = generateDocument(50_000).body
    const { first, rest } = splitBody(body)
    expect(rest.length).toBeGreaterThan(5)
    expect([...first.content!, ...rest.flat()]).toEqual(body.content)
  })

  it('ends with exactly the story, marks included, nothing to undo and no edit reported', async () => {
    const body = generateDocument(50_000).body
    const { editor: opened, updates } = await openInParts(body)
    expect(opened.getJSON()).toEqual(body)
    expect(undoDepth(opened.state)).toBe(0)
    expect(updates.length).toBeGreaterThan(5)
    expect(updates.every((loading) => loading)).toBe(true)
  })

  it('ends a part with a paragraph, so that no empty paragraph lands between parts', async () => {
    const body = generateDocument(50_000).body
    // The second part's last paragraph becomes a subhead of the same text. TipTap adds an empty paragraph
    // after a final heading once that part is in; the part must run on to the next paragraph instead.
    const { first, rest } = splitBody(body)
    const last = first.content!.length + rest[0]!.length - 1
    const text = body.content![last]!.content!.map((node) => node.text).join('')
    body.content![last] = heading(text)
    expect(splitBody(body).rest[0]!.at(-1)!.type).toBe('paragraph')
    const { editor: opened } = await openInParts(body)
    expect(opened.getJSON()).toEqual(body)
  })
})
