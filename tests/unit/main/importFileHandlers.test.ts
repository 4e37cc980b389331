import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { newArticle, type ArticleDocument } from '../../../src/shared/article/document'
import { tempFolder } from '../../support/paths'
import { ScriptedDialogs } from '../../support/scriptedDialogs'
import { startTestMain } from '../../support/testMain'

let dir: string
let cleanup: () => Promise<void>
let dialogs: ScriptedDialogs
let handlers: Handlers

beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  ;({ handlers, dialogs } = await startTestMain(dir))
})
afterEach(() => cleanup())

const DEEP_LISTS = '<ul><li>item'.repeat(40)
const FLATTENED = /^Flattened \d+ levels of nesting \(lists or block quotes inside each other\) deeper than an article can hold\.$/

/** Saves `document` through IPC as the app's Save does, and opens the file again. */
async function saveAndReopen(document: ArticleDocument): Promise<unknown> {
  dialogs.answers.save.push(join(dir, 'saved.copydesk'))
  const saved = await dispatch(handlers, 'article:save', { document, path: null, saveAs: false })
  expect(saved).toEqual({ ok: true, value: { path: join(dir, 'saved.copydesk') } })
  dialogs.answers.open.push(join(dir, 'saved.copydesk'))
  return dispatch(handlers, 'article:open', undefined)
}

describe('an import is always a draft that can be saved', () => {
  // Lists nested 40 deep imported, and then save, recovery copies and export all refused the draft.
  it('article:import of lists nested 40 deep: flattened, with a notice, and it saves and reopens', async () => {
    const path = join(dir, 'deep.html')
    await writeFile(path, DEEP_LISTS)
    dialogs.answers.import.push(path)
    const imported = await dispatch(handlers, 'article:import', undefined)
    if (!imported.ok) throw new Error(imported.error)
    const { document, notice, name } = imported.value as { document: ArticleDocument; notice: string; name: string }
    expect(name).toBe('deep.html')
    expect(notice).toMatch(FLATTENED)
    expect(await saveAndReopen(document)).toMatchObject({ ok: true, value: { document } })
  })

  it('article:importDropped of the same file: the same draft and notice', async () => {
    const dropped = await dispatch(handlers, 'article:importDropped', { name: 'deep.html', base64: Buffer.from(DEEP_LISTS).toString('base64') })
    if (!dropped.ok) throw new Error(dropped.error)
    const { document, notice } = dropped.value as { document: ArticleDocument; notice: string }
    expect(notice).toMatch(FLATTENED)
    expect(await saveAndReopen(document)).toMatchObject({ ok: true, value: { document } })
  })

  it('an ordinary import has no notice', async () => {
    const dropped = await dispatch(handlers, 'article:importDropped', { name: 'story.txt', base64: Buffer.from('One line.').toString('base64') })
    expect(dropped).toMatchObject({ ok: true, value: { notice: null } })
  })
})

describe('bodies over IPC that would take the parser down', () => {
  // zod's parse recurses: a body 100,000 deep threw "Maximum call stack size exceeded" out of dispatch.
  it('refuses a body nested 100,000 deep with the nesting message', async () => {
    let node: Record<string, unknown> = { type: 'paragraph' }
    for (let i = 0; i < 100_000; i++) node = { type: 'blockquote', content: [node] }
    const answer = await dispatch(handlers, 'article:save', { document: { ...newArticle(), body: { type: 'doc', content: [node] } }, path: null, saveAs: false })
    expect(answer).toEqual({ ok: false, error: 'Invalid request for "article:save" at document.body: the story is nested deeper than 32 levels (lists or block quotes inside each other).' })
  })

  // Structured clone keeps shared objects: 20 levels of 10 references to one child are 10^20 paths to parse.
  it('refuses at once a body whose arrays repeat one object', async () => {
    let node: Record<string, unknown> = { type: 'paragraph' }
    for (let i = 0; i < 20; i++) node = { type: 'blockquote', content: Array.from({ length: 10 }, () => node) }
    const started = performance.now()
    const answer = await dispatch(handlers, 'recovery:write', { id: 'r-1', path: null, document: { ...newArticle(), body: { type: 'doc', content: [node] } } })
    expect(answer).toEqual({ ok: false, error: 'Invalid request for "recovery:write" at document.body: the story has more than 5,000,000 parts.' })
    expect(performance.now() - started).toBeLessThan(3000)
  }, 10_000)
})

describe('replies checked against the contract', () => {
  it('turns a reply the contract refuses into a clear error instead of a draft that can never be saved', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const invalid = { ...newArticle(), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }, { type: 'bold' }] }] }] } }
    const answer = await dispatch({ ...handlers, 'article:open': () => ({ path: '/tmp/x.copydesk', document: invalid as ArticleDocument }) }, 'article:open', undefined)
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
    expect(answer).toEqual({
      ok: false,
      error: 'Copydesk could not complete "article:open": its answer does not match what the app expects (document.body.content.0.content.0.marks: a text carries two "bold" marks).'
    })
  })
})
