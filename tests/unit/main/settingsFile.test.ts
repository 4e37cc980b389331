import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setAsideDamagedSettings } from '../../../src/main/services/settingsFile'
import { SettingsService } from '../../../src/main/services/settingsService'
import { defaultSettings } from '../../../src/shared/settings'
import { tempFolder } from '../../support/paths'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())
const now = new Date('2026-11-26T10:00:00Z')

describe('a damaged settings file', () => {
  it.each([
    ['invalid JSON', '{"authorName": "Jane"', 'it is not valid JSON'],
    ['a schema violation', '{"theme": "neon"}', 'theme:'],
    ['an unknown key', '{"evil": true}', 'a setting']
  ])('with %s is set aside with a timestamp, kept byte for byte, and the app starts with defaults', async (_name, content, problem) => {
    const path = join(dir, 'settings.json')
    await writeFile(path, content)
    const message = await setAsideDamagedSettings(path, now)
    expect(message).toContain('Your settings file was damaged')
    expect(message).toContain(problem)
    expect(message).toContain('settings.json.damaged-2026-11-26T10-00-00-000Z')
    expect(await readdir(dir)).toEqual(['settings.json.damaged-2026-11-26T10-00-00-000Z'])
    expect(await readFile(join(dir, 'settings.json.damaged-2026-11-26T10-00-00-000Z'), 'utf8')).toBe(content)
    // The store opens cleanly afterwards (conf would throw on the invalid JSON).
    const settings = new SettingsService(new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'copydesk-test' }))
    expect(settings.get()).toEqual(defaultSettings)
  })

  it('leaves a good file, and a missing one, alone', async () => {
    const path = join(dir, 'settings.json')
    expect(await setAsideDamagedSettings(path, now)).toBeNull()
    await writeFile(path, JSON.stringify({ authorName: 'Jane', theme: 'dark' }))
    expect(await setAsideDamagedSettings(path, now)).toBeNull()
    expect(await readdir(dir)).toEqual(['settings.json'])
  })
})
