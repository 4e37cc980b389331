import { rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { newArticle } from '../../../src/shared/article/document'
import { serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { tempFolder } from '../../support/paths'
import type { ScriptedDialogs } from '../../support/scriptedDialogs'
import { startTestMain } from '../../support/testMain'

let dir: string
let cleanup: () => Promise<void>
let handlers: Handlers
let dialogs: ScriptedDialogs
const used: string[] = []
let changes = 0
let launch: string | null = null

beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  used.length = 0
  changes = 0
  launch = null
  ;({ handlers, dialogs } = await startTestMain(dir, {
    storyUsed: (path) => void used.push(path),
    recentChanged: () => void changes++,
    launchFile: () => launch
  }))
})
afterEach(() => cleanup())

const value = async (channel: string, request?: unknown): Promise<unknown> => {
  const envelope = await dispatch(handlers, channel, request)
  if (!envelope.ok) throw new Error(envelope.error)
  return envelope.value
}

describe('recent stories over IPC', () => {
  it('remembers what is saved and opened, tells the system, and opens it again by path', async () => {
    const path = join(dir, 'bridge.copydesk')
    dialogs.answers.save.push(path)
    await value('article:save', { document: newArticle({ headline: 'Bridge opens', slug: 'bridge-opens' }), path: null, saveAs: false })
    expect(await value('recent:list')).toEqual([expect.objectContaining({ path, headline: 'Bridge opens', slug: 'bridge-opens', missing: false })])
    expect(used).toEqual([path])
    expect(changes).toBe(1)
    expect(await value('recent:open', { path })).toMatchObject({ path, document: { meta: { headline: 'Bridge opens' } } })
  })

  it('opens no path that is not on the list, and says so when a story moved', async () => {
    const path = join(dir, 'bridge.copydesk')
    dialogs.answers.save.push(path)
    await value('article:save', { document: newArticle({ headline: 'Bridge opens' }), path: null, saveAs: false })
    await expect(value('recent:open', { path: join(dir, 'settings.json') })).rejects.toThrow('Copydesk opens only stories on its recent list this way')
    await rename(path, join(dir, 'moved.copydesk'))
    await expect(value('recent:open', { path })).rejects.toThrow(`“bridge.copydesk” is no longer at ${dir}: it was moved, renamed or deleted.`)
    expect(await value('recent:forget', { path })).toEqual([])
  })

  it('reads a story the system named at launch and hands it to the page instead of the sample, on the list', async () => {
    launch = join(dir, 'wire.copydesk')
    await writeFile(launch, serializeArticleFile(newArticle({ headline: 'Wire copy' })))
    expect(await value('app:startup')).toMatchObject({ sample: null, opened: { path: launch, document: { meta: { headline: 'Wire copy' } } } })
    expect(await value('recent:list')).toEqual([expect.objectContaining({ path: launch, headline: 'Wire copy', missing: false })])
    expect(used).toEqual([launch])
  })

  it('says why a story named at launch cannot be opened, and keeps it on the list', async () => {
    launch = join(dir, 'gone.copydesk')
    expect(await value('app:startup')).toMatchObject({ sample: null, opened: { path: launch, error: expect.stringContaining('Could not open “gone.copydesk”') } })
    expect(await value('recent:list')).toEqual([expect.objectContaining({ path: launch, missing: true })])
  })
})
