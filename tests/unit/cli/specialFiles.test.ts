import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { tempFolder } from '../../support/paths'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  let err = ''
  const code = await runCli(args, { out: () => undefined, err: (text) => (err += text) })
  return { code, err }
}

const specialFiles: [string, (path: string) => Promise<unknown>, string][] = [
  ['a FIFO', async (path) => execFileSync('mkfifo', [path]), 'it is not a file (it is a pipe)'],
  ['a link to /dev/zero', (path) => symlink('/dev/zero', path), 'it is not a file (it is a device)'],
  ['a folder', (path) => mkdir(path), 'it is not a file (it is a folder)']
]

describe.skipIf(!existsSync('/dev/zero'))('the command line and files that are not regular files', () => {
  it.each(specialFiles)('analyze refuses %s named story.txt at once', async (_kind, make, problem) => {
    const path = join(dir, 'story.txt')
    await make(path)
    expect(await run('analyze', path)).toEqual({ code: 1, err: `copydesk: Could not read “${path}”: ${problem}.` })
  }, 3000)

  it.each(specialFiles)('import refuses %s named story.txt and writes nothing', async (_kind, make, problem) => {
    const path = join(dir, 'story.txt')
    await make(path)
    expect(await run('import', path, '-o', join(dir, 'out.copydesk'))).toEqual({ code: 1, err: `copydesk: Could not import “story.txt”: ${problem}.` })
    expect(await readdir(dir)).toEqual(['story.txt'])
  }, 3000)

  it.each(specialFiles)('info refuses %s named story.copydesk', async (_kind, make, problem) => {
    const path = join(dir, 'story.copydesk')
    await make(path)
    expect(await run('info', path)).toEqual({ code: 1, err: `copydesk: Could not open “story.copydesk”: ${problem}.` })
  }, 3000)
})
