import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copydesk as run } from './runCopydesk'
import { serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { plainTextToArticle } from '../../../src/shared/import/plainText'
import { articleWithEveryMark, richArticle } from '../../support/articles'
import { repoRoot, samplePath, tempFolder } from '../../support/paths'
import { readFileSync } from 'node:fs'
import { HOSTILE_HTML, UNSAFE } from '../../fixtures/hostile-html'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

describe('copydesk info', () => {
  it('prints the metadata and word count of a valid file', async () => {
    const path = join(dir, 'story.copydesk')
    await writeFile(path, serializeArticleFile(richArticle()))
    const { code, out } = await run('info', path)
    expect(code).toBe(0)
    expect(out).toContain('Headline:     Foreign Ministry says there is evidence of Russia’s non-interference')
    expect(out).toContain('Byline:       Jane Doe, Ivan Petrov')
    expect(out).toContain('Tags:         elections, Россия')
    expect(out).toMatch(/Words:\s+19 of 800 target/)
  })

  it('counts the sample story’s words', async () => {
    const path = join(dir, 'sample.copydesk')
    await writeFile(path, serializeArticleFile(plainTextToArticle(readFileSync(samplePath, 'utf8'))))
    const { out } = await run('info', path, '--json')
    // Cross-checked by hand: `tr -s ' \n' '\n' | grep -c '[[:alnum:]]'` on the sample gives 365 tokens, of which
    // the 12 of the headline are metadata, not body, and so are the 12 of its repeat over the story.
    expect(JSON.parse(out)).toMatchObject({ words: 341, meta: { language: 'en' } })
  })

  it('exits 1 with the file name and the problem for a bad file', async () => {
    const path = join(dir, 'bad.copydesk')
    await writeFile(path, '{"format":"copydesk","version":7}')
    const { code, err, out } = await run('info', path)
    expect(code).toBe(1)
    expect(out).toBe('')
    expect(err).toContain('Could not open “bad.copydesk”: it was saved by a newer version of Copydesk')
  })

  it('exits 2 with usage for wrong arguments', async () => {
    expect((await run()).code).toBe(2)
    expect((await run('frobnicate')).err).toContain('unknown command "frobnicate"')
    expect((await run('info')).code).toBe(2)
    expect((await run('info', 'a', 'b')).err).toContain('exactly one')
    expect((await run('info', '--yaml', 'a')).err).toContain('unknown option "--yaml"')
  })

  it('runs as the installed bin in plain Node (after npm run build)', async () => {
    const path = join(dir, 'story.copydesk')
    await writeFile(path, serializeArticleFile(richArticle()))
    const { stdout } = await promisify(execFile)('node', [join(repoRoot, 'bin/copydesk.js'), 'info', path])
    expect(stdout).toContain('Dateline:     MOSCOW')
    const failure = await promisify(execFile)('node', [join(repoRoot, 'bin/copydesk.js'), 'info', join(dir, 'missing.copydesk')]).catch((e) => e)
    expect(failure.code).toBe(1)
    expect(failure.stderr).toContain('Could not open “missing.copydesk”: the file or its folder does not exist.')
  })
})

describe('copydesk analyze', () => {
  it('prints the documented JSON for a .txt file, with offsets into the file’s own text', async () => {
    const { code, out } = await run('analyze', samplePath, '--json')
    expect(code).toBe(0)
    const result = JSON.parse(out)
    expect(result.text).toBe(readFileSync(samplePath, 'utf8'))
    expect(Object.keys(result)).toEqual(['text', 'quotes', 'sources', 'flags'])
    const direct = result.quotes.find((q: { kind: string }) => q.kind === 'direct')
    expect(Object.keys(direct)).toEqual(['start', 'end', 'text', 'kind', 'speaker', 'cue'])
    expect(result.text.slice(direct.start, direct.end)).toBe(direct.text)
    expect(direct.speaker.name).toBe('Andrei Krutsky')
    expect(result.text.slice(direct.speaker.start, direct.speaker.end)).toBe('the special representative of the president')
    expect(result.sources[1]).toEqual({ name: 'Andrei Krutsky', role: expect.stringContaining('special representative'), kind: 'person' })
    expect(result.flags.map((f: { rule: string }) => f.rule)).toContain('duplicate-introduction')
  })

  it('reads HTML and .copydesk files too', async () => {
    const html = join(dir, 'story.html')
    await writeFile(html, '<html><head><script>alert(1)</script></head><body><p>“We will win,” Jane Doe said.</p><p>Leave a Reply</p></body></html>')
    const fromHtml = JSON.parse((await run('analyze', html, '--json')).out)
    expect(fromHtml.text).toBe('“We will win,” Jane Doe said.\n\nLeave a Reply')
    expect(fromHtml.quotes[0].speaker.name).toBe('Jane Doe')
    const article = join(dir, 'story.copydesk')
    await writeFile(article, serializeArticleFile(plainTextToArticle(readFileSync(samplePath, 'utf8'))))
    const fromArticle = JSON.parse((await run('analyze', article, '--json')).out)
    expect(fromArticle.quotes.find((q: { kind: string }) => q.kind === 'direct').speaker.name).toBe('Andrei Krutsky')
  })

  it('prints a readable report without --json, and exits 1 on a file it cannot read', async () => {
    const { out } = await run('analyze', samplePath)
    expect(out).toContain('[direct] “We have repeatedly invited the Americans')
    expect(out).toContain('— Andrei Krutsky (added)')
    expect(out).toContain('duplicate-introduction: Andrei Krutsky is introduced twice')
    const missing = await run('analyze', join(dir, 'none.txt'))
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('the file does not exist')
    await writeFile(join(dir, 'story.pdf'), 'x')
    expect(await run('analyze', join(dir, 'story.pdf'))).toEqual({
      code: 1,
      out: '',
      err: `copydesk: Could not read “${join(dir, 'story.pdf')}”: analyze reads .txt, .html, .md, .docx and .copydesk files.\n`
    })
  })
})

describe('private source notes', () => {
  it('never appear in what the command line prints', async () => {
    const article = { ...richArticle(), sources: [{ id: 's-1', name: 'Jane Doe', kind: 'person' as const, role: '', organisation: '', status: 'on-record' as const, aliases: [], contactNotes: 'SECRET-PHONE-0777' }] }
    const path = join(dir, 'notes.copydesk')
    await writeFile(path, serializeArticleFile(article))
    for (const args of [['info', path], ['info', path, '--json'], ['analyze', path], ['analyze', path, '--json']]) {
      const { code, out } = await run(...args)
      expect(code).toBe(0)
      expect(out).not.toContain('SECRET-PHONE-0777')
    }
  })
})

describe('copydesk export', () => {
  it('writes one article in a format to standard output or to -o', async () => {
    const path = join(dir, 'story.copydesk')
    await writeFile(path, serializeArticleFile(articleWithEveryMark()))
    const { code, out } = await run('export', path, '--format', 'fragment')
    expect(code).toBe(0)
    expect(out).toContain('data-speaker="Andrei Krutsky"')
    expect((await run('export', path, '--format', 'fragment', '--no-attribution')).out).not.toContain('data-speaker')
    const target = join(dir, 'story.xml')
    expect((await run('export', path, '--format', 'nitf', '-o', target)).code).toBe(0)
    expect(readFileSync(target, 'utf8')).toContain('<q quote-source="Andrei Krutsky, special envoy">')
  })

  it('exports every article in a folder and reports a bad one without stopping', async () => {
    await writeFile(join(dir, 'a.copydesk'), serializeArticleFile(richArticle()))
    await writeFile(join(dir, 'b.copydesk'), serializeArticleFile(articleWithEveryMark()))
    await writeFile(join(dir, 'c.copydesk'), '{"format":"copydesk"')
    const { code, out, err } = await run('export', dir, '--format', 'markdown')
    expect(code).toBe(1)
    expect(out).toContain('a.copydesk → ')
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toContain('> — Andrei Krutsky, special envoy')
    expect(err).toContain('Could not open “c.copydesk”: it is not valid JSON')
  })

  it('explains a missing or unknown format', async () => {
    expect((await run('export', dir)).err).toContain('--format must be one of fragment, page, wordpress, markdown, nitf')
    expect((await run('export', dir, '--format', 'pdf')).code).toBe(2)
  })
})

describe('copydesk import', () => {
  it('makes a .copydesk file from a web-scraped text, keeping the flagged lines unless --clean', async () => {
    const kept = join(dir, 'kept.copydesk')
    expect((await run('import', samplePath, '-o', kept)).code).toBe(0)
    expect(readFileSync(kept, 'utf8')).toContain('Leave a Reply')
    const cleaned = join(dir, 'clean.copydesk')
    const { code, out } = await run('import', samplePath, '-o', cleaned, '--clean')
    expect(code).toBe(0)
    expect(out).toContain('(non-story lines removed)')
    const text = readFileSync(cleaned, 'utf8')
    expect(text).not.toContain('Leave a Reply')
    expect(text).toContain('Krutsky said that Russia strictly adheres')
    expect((await run('info', cleaned)).code).toBe(0)
  })

  it('imports Word and refuses to write over the file it reads', async () => {
    const out = join(dir, 'bridge.copydesk')
    expect((await run('import', join(repoRoot, 'tests/fixtures/import/harbour-bridge.docx'), '-o', out)).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('"headline": "Harbour bridge approved"')
    const same = await run('import', out, '-o', out)
    expect(same.code).toBe(2)
    expect(same.err).toContain('the imported file is never changed')
  })
})

describe('the command line and hostile input', () => {
  it('imports, analyzes and exports hostile HTML without letting anything unsafe through', async () => {
    const html = join(dir, 'hostile.html')
    await writeFile(html, HOSTILE_HTML)
    const article = join(dir, 'hostile.copydesk')
    expect((await run('import', html, '-o', article)).code).toBe(0)
    expect(readFileSync(article, 'utf8')).not.toMatch(/javascript|onerror|onclick|__pwned|<script/i)
    const analysis = await run('analyze', html, '--json')
    expect(JSON.parse(analysis.out).text).not.toMatch(/<|__pwned/)
    for (const format of ['fragment', 'page', 'wordpress', 'markdown', 'nitf']) {
      const { code, out } = await run('export', article, '--format', format)
      expect(code).toBe(0)
      expect(out, format).not.toMatch(UNSAFE)
    }
  })
})
