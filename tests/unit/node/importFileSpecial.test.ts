import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { importFile } from '../../../src/node/importFile'
import { tempFolder } from '../../support/paths'
import { startTestMain } from '../../support/testMain'
import { SPECIAL_FILES } from '../../support/specialFiles'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

describe('importing a file that is not a regular file', () => {
  it.skipIf(!existsSync('/dev/zero')).each(SPECIAL_FILES)('refuses %s named story.txt at once', async (_kind, make, problem) => {
    const path = join(dir, 'story.txt')
    await make(path)
    await expect(importFile(path)).rejects.toThrow(`Could not import “story.txt”: ${problem}.`)
  }, 3000)

  // Through the real handlers and dispatch, as the app's File ▸ Import runs: the request used to never answer.
  it('answers article:import for a FIFO with the refusal', async () => {
    const path = join(dir, 'story.txt')
    execFileSync('mkfifo', [path])
    const { handlers, dialogs } = await startTestMain(dir)
    dialogs.answers.import.push(path)
    expect(await dispatch(handlers, 'article:import', undefined)).toEqual({ ok: false, error: 'Could not import “story.txt”: it is not a file (it is a pipe).' })
  }, 3000)
})
