import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArticleFiles } from '../../../src/main/services/articleFiles'
import { readArticle } from '../../../src/node/articleFile'
import { newArticle } from '../../../src/shared/article/document'
import { serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { richArticle } from '../../support/articles'
import { repoRoot, tempFolder } from '../../support/paths'
import { ScriptedDialogs } from '../../support/scriptedDialogs'

let dir: string
let cleanup: () => Promise<void>
let dialogs: ScriptedDialogs
let files: ArticleFiles

beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  dialogs = new ScriptedDialogs()
  files = new ArticleFiles({ dialogs, defaultFolder: () => dir })
})
afterEach(() => cleanup())

describe('saving', () => {
  it('asks where to save a new draft, suggests a name from the slug, and writes the format to disk', async () => {
    const target = join(dir, 'story')
    dialogs.answers.save.push(target)
    const result = await files.save({ document: richArticle(), path: null, saveAs: false })
    expect(dialogs.calls).toEqual([{ dialog: 'save', argument: join(dir, 'russia-non-interference.copydesk') }])
    expect(result).toEqual({ path: `${target}.copydesk` })
    expect(await readFile(`${target}.copydesk`, 'utf8')).toBe(serializeArticleFile(richArticle()))
  })

  it('saves again to the same file without asking', async () => {
    dialogs.answers.save.push(join(dir, 'a.copydesk'))
    const { path } = (await files.save({ document: newArticle(), path: null, saveAs: false }))!
    await files.save({ document: richArticle(), path, saveAs: false })
    expect(dialogs.calls).toHaveLength(1)
    expect((await readArticle(path)).meta.headline).toBe(richArticle().meta.headline)
  })

  it('does nothing when the user cancels the dialog', async () => {
    dialogs.answers.save.push(null)
    expect(await files.save({ document: newArticle(), path: null, saveAs: false })).toBeNull()
  })

  it('Save As asks again even for a file that has a path', async () => {
    dialogs.answers.save.push(join(dir, 'first.copydesk'), join(dir, 'second.copydesk'))
    const { path } = (await files.save({ document: newArticle(), path: null, saveAs: false }))!
    const second = await files.save({ document: richArticle(), path, saveAs: true })
    expect(second).toEqual({ path: join(dir, 'second.copydesk') })
    expect((await readArticle(path)).meta.headline).toBe('')
  })

  it('refuses to write to a path the user never chose or opened', async () => {
    const victim = join(dir, 'victim.txt')
    await writeFile(victim, 'keep me')
    await expect(files.save({ document: newArticle(), path: victim, saveAs: false })).rejects.toThrow(
      'Copydesk can only save to a file you opened or chose in a dialog'
    )
    expect(await readFile(victim, 'utf8')).toBe('keep me')
  })

  it('explains a save into a folder that no longer exists', async () => {
    dialogs.answers.save.push(join(dir, 'gone', 'story.copydesk'))
    await expect(files.save({ document: newArticle(), path: null, saveAs: false })).rejects.toThrow(
      /Could not save “story.copydesk”: the file or its folder does not exist\. The previous file is unchanged/
    )
  })

  it('keeps the existing file’s permissions and leaves no temporary files behind', async () => {
    const target = join(dir, 'story.copydesk')
    await writeFile(target, serializeArticleFile(newArticle()), { mode: 0o600 })
    dialogs.answers.open.push(target)
    await files.openWithDialog()
    await files.save({ document: richArticle(), path: target, saveAs: false })
    expect((await stat(target)).mode & 0o777).toBe(0o600)
    expect(await readdir(dir)).toEqual(['story.copydesk'])
  })

  it('leaves the previous file intact when the disk refuses the new one (file-size limit in a child process)', async () => {
    const target = join(dir, 'story.copydesk')
    const old = serializeArticleFile(richArticle())
    await writeFile(target, old)
    // `ulimit -f` makes every write past 64 KiB fail with EFBIG, as a full disk would, even for root.
    const child = await promisify(execFile)('bash', ['-c', `ulimit -f 64 && exec node --import tsx tests/support/saveFault.ts "${target}"`], {
      cwd: repoRoot
    })
    const outcome = JSON.parse(child.stdout) as { message: string; intact: boolean; leftovers: string[] }
    expect(outcome.message).toContain('Could not save “story.copydesk”: the file is larger than this disk or account allows')
    expect(outcome.message).toContain('The previous file is unchanged')
    expect(outcome.intact).toBe(true)
    expect(await readFile(target, 'utf8')).toBe(old)
    expect(await readdir(dir)).toEqual(['story.copydesk'])
  })
})

describe('saves to one file at the same moment', () => {
  it('land one after the other, in the order they were asked for', async () => {
    const path = join(dir, 'story.copydesk')
    dialogs.answers.save.push(path)
    await files.save({ document: newArticle(), path: null, saveAs: false })
    const version = (n: number) => ({ ...richArticle(), meta: { ...richArticle().meta, headline: `Version ${n}` } })
    for (let round = 0; round < 20; round++) {
      // An autosave and a manual save fired together: the later request must be what stays on disk.
      const saves = [1, 2, 3].map((n) => files.save({ document: version(n), path, saveAs: false }))
      await Promise.all(saves)
      expect((await readArticle(path)).meta.headline).toBe('Version 3')
    }
    expect(await readdir(dir)).toEqual(['story.copydesk'])
  })
})

describe('opening', () => {
  it('opens the file the user picks and allows saving back to it', async () => {
    const path = join(dir, 'story.copydesk')
    await writeFile(path, serializeArticleFile(richArticle()))
    dialogs.answers.open.push(path)
    const opened = await files.openWithDialog()
    expect(opened).toEqual({ path, document: richArticle() })
    expect(dialogs.calls).toEqual([{ dialog: 'open', argument: dir }])
    await expect(files.save({ document: newArticle(), path, saveAs: false })).resolves.toEqual({ path })
  })

  it('returns nothing when the user cancels', async () => {
    dialogs.answers.open.push(null)
    expect(await files.openWithDialog()).toBeNull()
  })

  const corrupt: [string, string | Buffer, string][] = [
    ['invalid JSON', '{"format": "copydesk", ', 'it is not valid JSON'],
    ['an empty file', '', 'the file is empty'],
    ['zero bytes', Buffer.alloc(4096), 'it is not valid JSON'],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'it is not UTF-8 text'],
    ['a newer version', JSON.stringify({ ...newArticle(), version: 99 }), 'saved by a newer version of Copydesk'],
    ['a schema violation', JSON.stringify({ ...newArticle(), meta: { headline: 42 } }), 'meta.headline']
  ]
  it.each(corrupt)('names the file and the problem for %s, and never touches the file', async (_name, bytes, problem) => {
    const path = join(dir, 'broken.copydesk')
    await writeFile(path, bytes)
    const before = await readFile(path)
    dialogs.answers.open.push(path)
    await expect(files.openWithDialog()).rejects.toThrow(new RegExp(`^Could not open “broken.copydesk”: .*${problem}`))
    expect(await readFile(path)).toEqual(before)
    // A file that failed to open is not writable either, so it can never be overwritten by accident.
    await expect(files.save({ document: newArticle(), path, saveAs: false })).rejects.toThrow('can only save to a file you opened')
  })

  it('explains a missing file and a folder', async () => {
    await expect(readArticle(join(dir, 'nope.copydesk'))).rejects.toThrow('Could not open “nope.copydesk”: the file or its folder does not exist.')
    await mkdir(join(dir, 'folder.copydesk'))
    await expect(readArticle(join(dir, 'folder.copydesk'))).rejects.toThrow('it is not a file')
  })
})
