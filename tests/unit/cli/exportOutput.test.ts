import { link, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copydesk as run } from './runCopydesk'
import { serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { richArticle } from '../../support/articles'
import { tempFolder } from '../../support/paths'

// `export -o` and `import -o` must never write over the file they read: not by its own name, not through
// another name for the same file (a symlink, a hard link, a symlinked folder).

let dir: string
let cleanup: () => Promise<void>
let story: string
let original: string
beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  story = join(dir, 'story.copydesk')
  original = serializeArticleFile(richArticle())
  await writeFile(story, original)
})
afterEach(() => cleanup())

describe('copydesk export -o onto the article itself', () => {
  it.each([
    ['its own name', () => story],
    ['another spelling of its path', () => join(dir, 'sub', '..', 'story.copydesk')],
    ['a symlink to it', async () => (await symlink(story, join(dir, 'link.md')), join(dir, 'link.md'))],
    ['a hard link to it', async () => (await link(story, join(dir, 'hard.md')), join(dir, 'hard.md'))],
    ['its name through a symlinked folder', async () => (await symlink(dir, join(dir, 'alias')), join(dir, 'alias', 'story.copydesk'))]
  ])('is refused through %s, and the article is untouched', async (_name, output) => {
    await mkdir(join(dir, 'sub'))
    const target = await output()
    const before = await readdir(dir)
    const { code, err } = await run('export', story, '--format', 'markdown', '-o', target)
    expect(code).toBe(2)
    expect(err).toContain('is the article being exported')
    expect(await readFile(story, 'utf8')).toBe(original)
    expect(await readdir(dir)).toEqual(before)
  })

  it('still writes a new file, and replaces an unrelated one, atomically', async () => {
    const fresh = join(dir, 'story.md')
    expect((await run('export', story, '--format', 'markdown', '-o', fresh)).code).toBe(0)
    expect(await readFile(fresh, 'utf8')).toMatch(/^# Foreign Ministry/)
    await writeFile(fresh, 'old notes')
    expect((await run('export', story, '--format', 'nitf', '-o', fresh)).code).toBe(0)
    expect(await readFile(fresh, 'utf8')).toMatch(/^<\?xml/)
    expect((await readdir(dir)).sort()).toEqual(['story.copydesk', 'story.md'])
  })
})

describe('copydesk export of a folder', () => {
  it('refuses, writing nothing, when a generated name is another name for one of the articles', async () => {
    await writeFile(join(dir, 'other.copydesk'), original)
    // other.md would be written for other.copydesk; here it is a hard link to story.copydesk.
    await link(story, join(dir, 'other.md'))
    const before = (await readdir(dir)).sort()
    const { code, err } = await run('export', dir, '--format', 'markdown', '-o', join(dir, '.'))
    expect(code).toBe(2)
    expect(err).toContain('“other.md” is the article “story.copydesk”')
    expect((await readdir(dir)).sort()).toEqual(before)
    expect(await readFile(story, 'utf8')).toBe(original)
  })

  it('writes beside the articles when nothing collides', async () => {
    const { code } = await run('export', dir, '--format', 'markdown')
    expect(code).toBe(0)
    expect((await readdir(dir)).sort()).toEqual(['story.copydesk', 'story.md'])
    expect(await readFile(story, 'utf8')).toBe(original)
  })
})

describe('copydesk import -o onto its input', () => {
  it.each([
    ['a symlink to it', (input: string, out: string) => symlink(input, out)],
    ['a hard link to it', (input: string, out: string) => link(input, out)]
  ])('is refused through %s, and the input is untouched', async (_name, makeLink) => {
    const input = join(dir, 'notes.txt')
    await writeFile(input, 'Headline\n\nA paragraph.\n')
    const out = join(dir, 'notes.copydesk')
    await makeLink(input, out)
    const { code, err } = await run('import', input, '-o', out)
    expect(code).toBe(2)
    expect(err).toContain('the output must be a new file')
    expect(await readFile(input, 'utf8')).toBe('Headline\n\nA paragraph.\n')
  })
})
