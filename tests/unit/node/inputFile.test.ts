import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeUtf8, readInputFile } from '../../../src/node/inputFile'
import { tempFolder } from '../../support/paths'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

describe('reading a file someone named', () => {
  it('reads a regular file, and one exactly at the limit', async () => {
    const path = join(dir, 'story.txt')
    await writeFile(path, '0123456789')
    expect((await readInputFile(path, 100)).toString()).toBe('0123456789')
    expect((await readInputFile(path, 10)).toString()).toBe('0123456789')
  })

  it('refuses a file over the limit', async () => {
    const path = join(dir, 'story.txt')
    await writeFile(path, '0123456789')
    await expect(readInputFile(path, 9)).rejects.toThrow('it is larger than 0 MB, the most Copydesk reads')
  })

  // /proc files say they are empty; only counting while reading finds out they are not.
  it.skipIf(!existsSync('/proc/self/status'))('enforces the limit while reading a file that reports no size', async () => {
    await expect(readInputFile('/proc/self/status', 10)).rejects.toThrow('it is larger than')
    expect((await readInputFile('/proc/self/status', 1024 * 1024)).toString()).toContain('Name:')
  })

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const path = join(dir, 'story.txt')
    execFileSync('mkfifo', [path])
    await expect(readInputFile(path, 1024)).rejects.toThrow('it is not a file (it is a pipe)')
  })

  it.skipIf(!existsSync('/dev/zero'))('refuses a link to /dev/zero instead of reading forever', async () => {
    const path = join(dir, 'story.txt')
    await symlink('/dev/zero', path)
    await expect(readInputFile(path, 1024)).rejects.toThrow('it is not a file (it is a device)')
  })

  it('refuses a folder with a file name', async () => {
    const path = join(dir, 'x.txt')
    await mkdir(path)
    await expect(readInputFile(path, 1024)).rejects.toThrow('it is not a file (it is a folder)')
  })

  it('passes on what the system said about a missing file', async () => {
    await expect(readInputFile(join(dir, 'missing.txt'), 1024)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('decoding a file as text', () => {
  it('reads UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFcafé'))).toBe('café')
  })

  it('refuses bytes that are not UTF-8', () => {
    expect(() => decodeUtf8(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toThrow('it is not UTF-8 text')
  })
})
