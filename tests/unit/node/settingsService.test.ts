import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SettingsService } from '../../../src/node/settingsService'
import { defaultSettings } from '../../../src/shared/settings'
import { tempFolder } from '../../support/paths'

// conf is electron-store's engine: the same file handling, without needing Electron's binary.
let dir: string
let cleanup: () => Promise<void>
const storeIn = (cwd: string) => new Conf<Record<string, unknown>>({ cwd, configName: 'settings', projectName: 'copydesk-test' })

beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

describe('settings', () => {
  it('starts with the defaults', () => {
    expect(new SettingsService(storeIn(dir)).get()).toEqual(defaultSettings)
  })

  it('persists an update across restarts', () => {
    new SettingsService(storeIn(dir)).update({ authorName: 'Jane Doe', theme: 'dark', autosave: true })
    expect(new SettingsService(storeIn(dir)).get()).toEqual({ ...defaultSettings, authorName: 'Jane Doe', theme: 'dark', autosave: true })
  })

  it('refuses an update that breaks the schema and keeps what was stored', () => {
    const service = new SettingsService(storeIn(dir))
    service.update({ authorName: 'Jane' })
    expect(() => service.update({ theme: 'neon' as never })).toThrow()
    expect(new SettingsService(storeIn(dir)).get().authorName).toBe('Jane')
  })

  it('repairs hand-edited values that break the schema, keeping the valid ones, and drops unknown keys', async () => {
    const path = join(dir, 'settings.json')
    await writeFile(path, JSON.stringify({ authorName: 'Jane', theme: 'neon', autosave: 'yes', stray: 1 }))
    const service = new SettingsService(storeIn(dir))
    expect(service.get()).toEqual({ ...defaultSettings, authorName: 'Jane' })
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ ...defaultSettings, authorName: 'Jane' })
  })
})
