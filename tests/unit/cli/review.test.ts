import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleDocument } from '../../../src/shared/article/document'
import { serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { setQuoteStatus, signOff } from '../../../src/shared/review/reviewChanges'
import { articleWithEveryMark, articleWithNotes } from '../../support/articles'
import { tempFolder } from '../../support/paths'
import { copydesk } from './runCopydesk'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

const editor = { by: 'Ed Itor', at: '2026-11-27T10:00:00.000Z' }

function verifiedAll(): ArticleDocument {
  let document = articleWithEveryMark()
  document = { ...document, review: setQuoteStatus(document, 'q-1', 'verified', editor) }
  return { ...document, review: setQuoteStatus(document, 'q-2', 'verified', editor) }
}

function approved(): ArticleDocument {
  const document = verifiedAll()
  return { ...document, review: signOff(document, 'Cleared', editor) }
}

async function save(name: string, document: ArticleDocument): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, serializeArticleFile(document))
  return path
}

describe('copydesk check', () => {
  it('lists the quotes no editor has verified and exits 1 for a pipeline to stop on', async () => {
    const path = await save('story.copydesk', articleWithEveryMark())
    const { code, out } = await copydesk('check', path)
    expect(code).toBe(1)
    expect(out).toBe(
      `${path}: Draft. 2 quotes: 0 verified, 0 query, 2 unchecked; 0 unattributed, 1 anonymous; 0 open notes.\n` +
        '  unchecked “We have nothing to hide” — Andrei Krutsky\n' +
        '  unchecked “farce” — Deep Throat (not on the record)\n'
    )
  })

  it('exits 0 when every quote is verified, and answers JSON with --json', async () => {
    const path = await save('story.copydesk', verifiedAll())
    const { code, out } = await copydesk('check', path, '--json')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual({ file: path, state: 'In review', summary: '2 quotes: 2 verified, 0 query, 0 unchecked; 0 unattributed, 1 anonymous; 0 open notes', open: [] })
  })

  it('lists an open private note as an open item, so a story with every quote verified still stops the pipeline', async () => {
    const verified = verifiedAll()
    const withNotes = articleWithNotes()
    const path = await save('story.copydesk', { ...withNotes, review: { ...verified.review, notes: withNotes.review.notes } })
    const { code, out } = await copydesk('check', path)
    expect(code).toBe(1)
    expect(out).toBe(
      `${path}: In review. 2 quotes: 2 verified, 0 query, 0 unchecked; 0 unattributed, 1 anonymous; 1 open note.\n` +
        '  note      “to hide,” Krutsky said” — Ed Itor: Phone or press conference? NOTE-SECRET (1 reply)\n'
    )
  })
})

describe('copydesk export --require-approved', () => {
  it('refuses a story no editor signed off, writing nothing, and exports one that is', async () => {
    const draft = await save('draft.copydesk', verifiedAll())
    const output = join(dir, 'draft.html')
    const refused = await copydesk('export', draft, '--format', 'fragment', '-o', output, '--require-approved')
    expect(refused).toEqual({ code: 1, out: '', err: 'copydesk export: “draft.copydesk” is not approved: it has not been signed off (In review).\n' })
    expect(existsSync(output)).toBe(false)

    const ready = await save('ready.copydesk', approved())
    expect((await copydesk('export', ready, '--format', 'fragment', '--require-approved')).code).toBe(0)
  })

  it('refuses a sign-off that no longer matches the story, saying what changed', async () => {
    const document = approved()
    document.sources[0]!.name = 'Andrey Krutsky'
    const path = await save('changed.copydesk', document)
    const { code, err } = await copydesk('export', path, '--format', 'markdown', '--require-approved')
    expect(code).toBe(1)
    expect(err).toBe('copydesk export: “changed.copydesk” is not approved: it changed after Ed Itor signed it off: Source Andrei Krutsky was renamed Andrey Krutsky.\n')
  })

  it('in a folder, writes the approved articles and reports the others', async () => {
    const folder = join(dir, 'desk')
    await mkdir(folder)
    await writeFile(join(folder, 'a.copydesk'), serializeArticleFile(approved()))
    await writeFile(join(folder, 'b.copydesk'), serializeArticleFile(articleWithEveryMark()))
    const { code, out, err } = await copydesk('export', folder, '--format', 'markdown', '--require-approved')
    expect(code).toBe(1)
    expect(out).toBe(`a.copydesk → ${join(folder, 'a.md')}\n`)
    expect(err).toContain('“b.copydesk” is not approved: it has not been signed off (Draft; 2 quotes not verified)')
    expect(existsSync(join(folder, 'b.md'))).toBe(false)
  })
})

describe('copydesk report', () => {
  it('writes the CSV report a spreadsheet reads, and the HTML report to standard output', async () => {
    const path = await save('story.copydesk', approved())
    const csvPath = join(dir, 'report.csv')
    expect((await copydesk('report', path, '--format', 'csv', '-o', csvPath)).code).toBe(0)
    const rows = Papa.parse<string[]>((await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    expect(rows.map((row) => [row[2], row[7]])).toEqual([
      ['Speaker', 'Review'],
      ['Andrei Krutsky', 'Verified'],
      ['Deep Throat', 'Verified']
    ])
    const html = await copydesk('report', path, '--format', 'html')
    expect(html.code).toBe(0)
    expect(html.out).toContain('<h1>Attribution report: Foreign Ministry says there is evidence of Russia’s non-interference</h1>')
    expect(html.out).toContain('Approved by Ed Itor')
  })

  it('refuses to write the report over the article', async () => {
    const path = await save('story.copydesk', approved())
    const { code, err } = await copydesk('report', path, '--format', 'csv', '-o', path)
    expect(code).toBe(2)
    expect(err).toContain('is the article itself')
    expect((await readFile(path, 'utf8')).startsWith('{')).toBe(true)
  })
})
