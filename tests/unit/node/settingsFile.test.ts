import { spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openSettingsStore, repairSettingsFile } from '../../../src/node/settingsFile'
import { SettingsService } from '../../../src/node/settingsService'
import { defaultSettings } from '../../../src/shared/settings'
import { tempFolder } from '../../support/paths'

let dir: string
let path: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  path = join(dir, 'settings.json')
})
afterEach(() => cleanup())
const now = new Date('2026-11-26T10:00:00Z')
const aside = 'settings.json.damaged-2026-11-26T10-00-00-000Z'
// conf is electron-store's engine: it reads settings.json exactly as the app's store does.
const conf = () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'copydesk-test' })
const stored = async () => JSON.parse(await readFile(path, 'utf8')) as unknown

describe('a settings file with nothing to keep', () => {
  it.each([
    ['invalid JSON', '{"authorName": "Jane"', 'it is not valid JSON'],
    ['a list instead of settings', '["Jane"]', 'it does not hold settings'],
    ['null', 'null', 'it does not hold settings'],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'it is not UTF-8 text'],
    ['two megabytes', `{"authorName": "${'J'.repeat(2 * 1024 * 1024)}"}`, 'it is larger than 1 MB']
  ])('with %s is set aside with a timestamp, kept byte for byte, and the app starts with defaults', async (_name, content, problem) => {
    await writeFile(path, content)
    const message = await repairSettingsFile(path, now)
    expect(message).toContain('Your settings file was damaged')
    expect(message).toContain(problem)
    expect(message).toContain(aside)
    expect(await readdir(dir)).toEqual([aside])
    expect(await readFile(join(dir, aside))).toEqual(Buffer.from(content))
    expect(new SettingsService(conf()).get()).toEqual(defaultSettings)
  })
})

describe('a settings file with some bad keys', () => {
  it('keeps every valid key, drops only the bad ones, names them, and keeps the original aside', async () => {
    const content = JSON.stringify({ authorName: 'Jane', theme: 'neon', autosave: true, evil: 1 })
    await writeFile(path, content)
    const message = await repairSettingsFile(path, now)
    expect(message).toMatch(/^Copydesk could not use some of your settings and went back to the defaults for them: Theme \(.+\); “evil” \(not a Copydesk setting\)\./)
    expect(message).toContain(`kept as “${aside}”`)
    expect(await stored()).toEqual({ authorName: 'Jane', autosave: true })
    expect(await readFile(join(dir, aside), 'utf8')).toBe(content)
    expect(new SettingsService(conf()).get()).toEqual({ ...defaultSettings, authorName: 'Jane', autosave: true })
  })

  it('reads a file that starts with a UTF-8 byte-order mark, quietly, keeping every setting', async () => {
    const stories = join(dir, 'Stories')
    await mkdir(stories)
    const settings = { authorName: 'Jane', defaultFolder: stories, theme: 'dark' }
    await writeFile(path, `\uFEFF${JSON.stringify(settings)}`)
    expect(await repairSettingsFile(path, now)).toBeNull()
    expect((await readdir(dir)).sort()).toEqual(['Stories', 'settings.json'])
    expect(new SettingsService(conf()).get()).toEqual({ ...defaultSettings, ...settings })
  })

  it.each([
    ['no longer exists', (d: string) => join(d, 'gone'), 'does not exist'],
    ['is a network (UNC) path', () => '\\\\server\\share', 'network'],
    ['is a relative path', () => 'Stories', 'not a full path']
  ])('drops a default folder that %s, so dialogs start in Documents, and says so', async (_name, folder, problem) => {
    await writeFile(path, JSON.stringify({ authorName: 'Jane', defaultFolder: folder(dir) }))
    const message = await repairSettingsFile(path, now)
    expect(message).toContain(`Default folder (“${folder(dir)}” cannot be used: `)
    expect(message).toContain(problem)
    expect(message).toContain('Open and Save start in Documents')
    expect(await stored()).toEqual({ authorName: 'Jane' })
    expect(new SettingsService(conf()).get()).toEqual({ ...defaultSettings, authorName: 'Jane' })
  })
})

describe('a settings.json that is not a file', () => {
  it('is moved aside when it is a folder, and the store then opens with defaults', async () => {
    await mkdir(path)
    await writeFile(join(path, 'inside.txt'), 'kept')
    expect(() => conf()).toThrow(/EISDIR/)
    const message = await repairSettingsFile(path, now)
    expect(message).toBe(`Your settings file “settings.json” was a folder, not a file. Copydesk moved it aside as “${aside}” and started with default settings.`)
    expect(await readFile(join(dir, aside, 'inside.txt'), 'utf8')).toBe('kept')
    expect(new SettingsService(conf()).get()).toEqual(defaultSettings)
  })

  it.skipIf(spawnSync('mkfifo', ['--version']).status !== 0)('is moved aside, not read, when it is a named pipe', async () => {
    spawnSync('mkfifo', [path])
    expect(await repairSettingsFile(path, now)).toContain('was not a regular file')
    expect((await stat(join(dir, aside))).isFIFO()).toBe(true)
    expect(new SettingsService(conf()).get()).toEqual(defaultSettings)
  })

  it('still lets the app start, with settings in memory, when the store cannot be opened at all', async () => {
    await mkdir(path)
    const { store, notice } = openSettingsStore(conf)
    expect(notice).toMatch(/^Copydesk could not open its settings file \(EISDIR.*\)\. It started with default settings; changes last until it quits\.$/)
    const settings = new SettingsService(store)
    expect(settings.get()).toEqual(defaultSettings)
    expect(settings.update({ theme: 'dark' }).theme).toBe('dark')
    expect(settings.get().theme).toBe('dark')
  })
})

describe('a repair that fails', () => {
  it('reports instead of throwing, and the store falls back to memory', async () => {
    await writeFile(path, '{"authorName": ')
    // The name the damaged file would be moved to is taken by a folder that is not empty: rename fails.
    await mkdir(join(dir, aside, 'taken'), { recursive: true })
    expect(await repairSettingsFile(path, now)).toMatch(/^Copydesk could not repair its settings file \(E[A-Z]+: /)
    expect(await readFile(path, 'utf8')).toBe('{"authorName": ')
    expect(openSettingsStore(conf).notice).toMatch(/^Copydesk could not open its settings file/)
  })
})

describe('a good settings file', () => {
  it('and a missing one are left alone', async () => {
    expect(await repairSettingsFile(path, now)).toBeNull()
    await writeFile(path, JSON.stringify({ authorName: 'Jane', theme: 'dark' }))
    expect(await repairSettingsFile(path, now)).toBeNull()
    expect(await readdir(dir)).toEqual(['settings.json'])
    expect(openSettingsStore(conf).notice).toBeNull()
  })
})
