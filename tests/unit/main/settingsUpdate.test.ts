import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { SettingsService } from '../../../src/node/settingsService'
import { defaultSettings } from '../../../src/shared/settings'
import { tempFolder } from '../../support/paths'
import { startTestMain } from '../../support/testMain'

// settings:update as the Settings dialog and a compromised page reach it: through dispatch and the real
// handler, validated against the contract, stored with conf (electron-store's engine).

let dir: string
let cleanup: () => Promise<void>
let handlers: Handlers
const storeIn = (cwd: string) => new Conf<Record<string, unknown>>({ cwd, configName: 'settings', projectName: 'copydesk-test' })

beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  ;({ handlers } = await startTestMain(dir))
})
afterEach(() => cleanup())

const update = (patch: unknown) => dispatch(handlers, 'settings:update', patch)

describe('settings:update', () => {
  it('changes only the fields it is given; the others keep their stored values', async () => {
    const stories = join(dir, 'Stories')
    await mkdir(stories)
    await update({ authorName: 'Jane Doe', defaultFolder: stories, autosave: true, theme: 'dark' })
    const expected = { ...defaultSettings, authorName: 'Jane Doe', defaultFolder: stories, autosave: true, theme: 'light' }
    expect(await update({ theme: 'light' })).toEqual({ ok: true, value: expected })
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual(expected)
    expect(new SettingsService(storeIn(dir)).get()).toEqual(expected)
  })

  it('accepts an existing folder, and an empty one meaning Documents', async () => {
    expect(await update({ defaultFolder: dir })).toMatchObject({ ok: true, value: { defaultFolder: dir } })
    expect(await update({ defaultFolder: '' })).toMatchObject({ ok: true, value: { defaultFolder: '' } })
  })

  it.each([
    ['a folder that does not exist', () => join(dir, 'gone'), 'it does not exist'],
    ['a file', async () => (await writeFile(join(dir, 'notes.txt'), 'x'), join(dir, 'notes.txt')), 'it is not a folder'],
    ['a relative path', () => 'Stories', 'it is not a full path'],
    ['a Windows network (UNC) path', () => '\\\\server\\share\\Stories', 'network'],
    ['a network path written with slashes', () => '//server/share', 'network']
  ])('refuses %s as the default folder with a clear message, keeping the stored one', async (_name, folder, problem) => {
    await update({ authorName: 'Jane', defaultFolder: dir })
    const answer = await update({ defaultFolder: await folder() })
    expect(answer.ok).toBe(false)
    expect(!answer.ok && answer.error).toMatch(/^The default folder “.*” cannot be used: /)
    expect(!answer.ok && answer.error).toContain(problem)
    expect(await dispatch(handlers, 'settings:get', undefined)).toEqual({ ok: true, value: { ...defaultSettings, authorName: 'Jane', defaultFolder: dir } })
  })

  it('does not re-check a default folder the update leaves as it is', async () => {
    const stories = join(dir, 'Stories')
    await mkdir(stories)
    await update({ defaultFolder: stories })
    await import('node:fs/promises').then(({ rmdir }) => rmdir(stories))
    // The dialog sends every field; changing the theme must not fail on a folder the user did not touch.
    expect(await update({ defaultFolder: stories, theme: 'dark' })).toMatchObject({ ok: true, value: { theme: 'dark' } })
  })
})
