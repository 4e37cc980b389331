import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { ArticleFiles } from '../../../src/main/services/articleFiles'
import { importFile } from '../../../src/node/importFile'
import { RecoveryStore } from '../../../src/node/recovery'
import { SettingsService } from '../../../src/node/settingsService'
import { samplePath, tempFolder } from '../../support/paths'
import { ScriptedDialogs } from '../../support/scriptedDialogs'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

/** The special files a .txt name can hide, each made fresh in the test folder. */
const specialFiles: [string, (path: string) => Promise<unknown>, string][] = [
  ['a FIFO', async (path) => execFileSync('mkfifo', [path]), 'it is not a file (it is a pipe)'],
  ['a link to /dev/zero', (path) => symlink('/dev/zero', path), 'it is not a file (it is a device)'],
  ['a folder', (path) => mkdir(path), 'it is not a file (it is a folder)']
]

describe('importing a file that is not a regular file', () => {
  it.skipIf(!existsSync('/dev/zero')).each(specialFiles)('refuses %s named story.txt at once', async (_kind, make, problem) => {
    const path = join(dir, 'story.txt')
    await make(path)
    await expect(importFile(path)).rejects.toThrow(`Could not import “story.txt”: ${problem}.`)
  }, 3000)

  // Through the real handlers and dispatch, as the app's File ▸ Import runs: the request used to never answer.
  it('answers article:import for a FIFO with the refusal', async () => {
    const path = join(dir, 'story.txt')
    execFileSync('mkfifo', [path])
    const dialogs = new ScriptedDialogs()
    dialogs.answers.import.push(path)
    const handlers = createHandlers({
      files: new ArticleFiles({ dialogs, defaultFolder: () => dir }),
      settings: new SettingsService(new Conf<Record<string, unknown>>({ cwd: dir, projectName: 'copydesk-test' })),
      dialogs,
      sampleText: readFileSync(samplePath, 'utf8'),
      exportFolder: () => dir,
      recovery: new RecoveryStore(join(dir, 'recovery')),
      startupNotice: null,
      writeClipboard: () => undefined,
      openExternal: () => undefined,
      confirmClose: () => undefined
    })
    expect(await dispatch(handlers, 'article:import', undefined)).toEqual({ ok: false, error: 'Could not import “story.txt”: it is not a file (it is a pipe).' })
  }, 3000)
})
