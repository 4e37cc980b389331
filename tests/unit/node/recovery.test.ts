import { existsSync } from 'node:fs'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RecoveryStore } from '../../../src/node/recovery'
import { richArticle } from '../../support/articles'
import { tempFolder } from '../../support/paths'
import { SPECIAL_FILES } from '../../support/specialFiles'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

describe('recovery copies', () => {
  it('keeps a draft, lists it with its time and title, returns it exactly, and removes it', async () => {
    const store = new RecoveryStore(join(dir, 'recovery'))
    await store.write('r-1', null, richArticle(), new Date('2026-11-26T10:00:00Z'))
    await store.write('r-2', '/stories/b.copydesk', { ...richArticle(), meta: { ...richArticle().meta, headline: 'Second' } }, new Date('2026-11-26T11:00:00Z'))
    expect(await store.list()).toEqual([
      { id: 'r-2', savedAt: '2026-11-26T11:00:00.000Z', title: 'Second', path: '/stories/b.copydesk' },
      { id: 'r-1', savedAt: '2026-11-26T10:00:00.000Z', title: richArticle().meta.headline, path: null }
    ])
    expect((await store.read('r-1'))?.document).toEqual(richArticle())
    await store.discard('r-1')
    await store.discard('r-1')
    expect((await store.list()).map((d) => d.id)).toEqual(['r-2'])
  })

  it('skips a damaged copy without deleting it, and never lets an id escape its folder', async () => {
    const folder = join(dir, 'recovery')
    const store = new RecoveryStore(folder)
    await store.write('r-1', null, richArticle())
    await writeFile(join(folder, 'r-broken.json'), '{"id": "r-broken", "document": ')
    expect((await store.list()).map((d) => d.id)).toEqual(['r-1'])
    expect((await readdir(folder)).sort()).toEqual(['r-1.json', 'r-broken.json'])
    await expect(store.write('../escape', null, richArticle())).rejects.toThrow()
  })

  // A pipe would make the read wait for a writer forever, and a link to /dev/zero never ends.
  it.skipIf(!existsSync('/dev/zero')).each(SPECIAL_FILES)('skips %s among the copies at once, keeping the good ones', async (_kind, make) => {
    const folder = join(dir, 'recovery')
    const store = new RecoveryStore(folder)
    await store.write('r-1', null, richArticle())
    await make(join(folder, 'r-odd.json'))
    expect((await store.list()).map((d) => d.id)).toEqual(['r-1'])
    expect(await store.read('r-odd')).toBeNull()
  }, 3000)

  it('with no folder yet, lists nothing', async () => {
    expect(await new RecoveryStore(join(dir, 'none')).list()).toEqual([])
  })
})
