import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copydesk as run } from './runCopydesk'
import { tempFolder } from '../../support/paths'
import { SPECIAL_FILES } from '../../support/specialFiles'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

describe.skipIf(!existsSync('/dev/zero'))('the command line and files that are not regular files', () => {
  // A page is read the same way as a text file, before the importer sees it.
  it.each(SPECIAL_FILES.flatMap(([kind, make, problem]) => ['story.txt', 'story.html'].map((name) => [kind, name, make, problem] as const)))(
    'analyze refuses %s named %s at once',
    async (_kind, name, make, problem) => {
      const path = join(dir, name)
      await make(path)
      expect(await run('analyze', path)).toEqual({ code: 1, out: '', err: `copydesk: Could not read “${path}”: ${problem}.\n` })
    },
    3000
  )

  it.each(SPECIAL_FILES)('import refuses %s named story.txt and writes nothing', async (_kind, make, problem) => {
    const path = join(dir, 'story.txt')
    await make(path)
    expect(await run('import', path, '-o', join(dir, 'out.copydesk'))).toEqual({ code: 1, out: '', err: `copydesk: Could not import “story.txt”: ${problem}.\n` })
    expect(await readdir(dir)).toEqual(['story.txt'])
  }, 3000)

  it.each(SPECIAL_FILES)('info refuses %s named story.copydesk', async (_kind, make, problem) => {
    const path = join(dir, 'story.copydesk')
    await make(path)
    expect(await run('info', path)).toEqual({ code: 1, out: '', err: `copydesk: Could not open “story.copydesk”: ${problem}.\n` })
  }, 3000)
})
