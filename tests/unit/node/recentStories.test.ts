import { mkdtemp, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newArticle } from '../../../src/shared/article/document'
import { RecentStories } from '../../../src/node/recentStories'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-recent-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const story = (headline: string, text = 'One two three.') => ({
  ...newArticle({ headline, slug: headline.toLowerCase().replace(/\W+/g, '-') }),
  body: { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] }
})

async function file(name: string): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, '{}')
  return path
}

describe('recent stories', () => {
  it('lists stories newest first, with headline, slug, word count and the file’s modified time', async () => {
    const recent = new RecentStories(join(dir, 'recent.json'))
    const a = await file('a.copydesk')
    const b = await file('b.copydesk')
    await utimes(a, new Date('2026-11-20T10:00:00Z'), new Date('2026-11-20T10:00:00Z'))
    await recent.remember(a, story('Council votes', 'The council voted seven to four.'))
    await recent.remember(b, story('Bridge opens'))
    expect(await recent.list()).toEqual([
      expect.objectContaining({ path: b, headline: 'Bridge opens', slug: 'bridge-opens', words: 3, missing: false }),
      { path: a, headline: 'Council votes', slug: 'council-votes', words: 6, modified: '2026-11-20T10:00:00.000Z', missing: false }
    ])
    // Opened again: to the top, once, with what it says now; and the list survives a restart.
    await recent.remember(a, story('Council votes again'))
    const reread = new RecentStories(join(dir, 'recent.json'))
    expect((await reread.list()).map((s) => [s.path, s.headline])).toEqual([
      [a, 'Council votes again'],
      [b, 'Bridge opens']
    ])
  })

  it('keeps ten, marks a file that moved or vanished instead of dropping it, and forgets on request', async () => {
    const recent = new RecentStories(join(dir, 'recent.json'))
    const paths: string[] = []
    for (let i = 0; i < 12; i++) {
      paths.push(await file(`s${i}.copydesk`))
      await recent.remember(paths[i]!, story(`Story ${i}`))
    }
    expect((await recent.list()).map((s) => s.headline)).toEqual(['Story 11', 'Story 10', 'Story 9', 'Story 8', 'Story 7', 'Story 6', 'Story 5', 'Story 4', 'Story 3', 'Story 2'])
    await unlink(paths[11]!)
    expect((await recent.list())[0]).toMatchObject({ headline: 'Story 11', missing: true })
    await recent.forget(paths[11]!)
    const listed = (await recent.list()).map((s) => s.path)
    expect(listed).not.toContain(paths[11])
    expect(listed).not.toContain(paths[0])
    expect(listed[0]).toBe(paths[10])
  })

  it('admits a file the operating system hands over, unread, at the top', async () => {
    const recent = new RecentStories(join(dir, 'recent.json'))
    const a = await file('a.copydesk')
    const b = await file('b.copydesk')
    await recent.remember(a, story('Known story'))
    await recent.admit(b)
    await recent.admit(a)
    expect((await recent.list()).map((s) => [s.path, s.headline])).toEqual([
      [a, 'Known story'],
      [b, '']
    ])
  })

  it('starts again empty from a damaged list, and a list that cannot be written is only not remembered', async () => {
    await writeFile(join(dir, 'recent.json'), '{"stories": [{"path": 3')
    const recent = new RecentStories(join(dir, 'recent.json'))
    expect(await recent.list()).toEqual([])
    const a = await file('a.copydesk')
    await recent.remember(a, story('Fresh'))
    expect(JSON.parse(await readFile(join(dir, 'recent.json'), 'utf8')).stories).toHaveLength(1)

    const nowhere = new RecentStories(join(dir, 'no-such-folder', 'recent.json'))
    await expect(nowhere.remember(a, story('Fresh'))).resolves.toBeUndefined()
    expect((await nowhere.list()).map((s) => s.headline)).toEqual(['Fresh'])
  })
})
