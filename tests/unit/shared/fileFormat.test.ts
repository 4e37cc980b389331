import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../src/shared/article/body'
import { CURRENT_VERSION, newArticle } from '../../../src/shared/article/document'
import { parseArticleFile, serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { migrate } from '../../../src/shared/article/migrations'
import { richArticle } from '../../support/articles'
import { repoRoot } from '../../support/paths'

const V1_FIXTURES = join(repoRoot, 'tests/fixtures/format/v1')

const withBody = (content: unknown[]): string =>
  JSON.stringify({ ...newArticle(), body: { type: 'doc', content } })

function problemOf(text: string): string {
  const result = parseArticleFile(text)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.problem
}

describe('the .copydesk file format', () => {
  it('round-trips an article that uses every node and mark', () => {
    const article = richArticle()
    const result = parseArticleFile(serializeArticleFile(article))
    expect(result).toEqual({ ok: true, document: article })
  })

  it('writes the same bytes for the same article, whatever order its keys were built in', () => {
    const article = richArticle()
    const shuffled = JSON.parse(JSON.stringify({ review: article.review, body: article.body, meta: article.meta, version: CURRENT_VERSION, format: 'copydesk' }))
    expect(serializeArticleFile(shuffled)).toBe(serializeArticleFile(article))
  })

  it('is readable JSON with format and version first and one key per line', () => {
    const text = serializeArticleFile(richArticle())
    const lines = text.split('\n')
    expect(lines.slice(0, 4)).toEqual(['{', '  "format": "copydesk",', `  "version": ${CURRENT_VERSION},`, '  "meta": {'])
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n    "headline": "Foreign Ministry says there is evidence of Russia’s non-interference",\n')
    expect(text.indexOf('"headline"')).toBeLessThan(text.indexOf('"dek"'))
    expect(text.indexOf('"meta"')).toBeLessThan(text.indexOf('"body"'))
    expect(text.indexOf('"body"')).toBeLessThan(text.indexOf('"review"'))
  })

  it('fills in metadata defaults missing from an older or hand-written file', () => {
    const result = parseArticleFile('{"format":"copydesk","version":1,"meta":{"headline":"Hi"},"body":{"type":"doc","content":[{"type":"paragraph"}]}}')
    expect(result.ok && result.document.meta).toEqual({
      headline: 'Hi',
      dek: '',
      byline: [],
      dateline: '',
      slug: '',
      tags: [],
      language: 'en',
      wordTarget: null,
      published: null,
      origin: null
    })
  })

  it('accepts a byte-order mark', () => {
    expect(parseArticleFile('\uFEFF' + serializeArticleFile(newArticle())).ok).toBe(true)
  })

  describe('refuses a bad file with a sentence that says what is wrong', () => {
    it.each([
      ['empty', '', 'the file is empty'],
      ['whitespace', '  \n', 'the file is empty'],
      ['truncated', serializeArticleFile(richArticle()).slice(0, 200), 'it is not valid JSON'],
      ['not an object', '[1,2]', 'it is not a Copydesk article'],
      ['null', 'null', 'it is not a Copydesk article'],
      ['no format', '{"version":1}', 'no "format" field'],
      ['another format', '{"format":"docx","version":1}', 'format is "docx"'],
      ['bad version', '{"format":"copydesk","version":"one"}', 'version "one" is not a valid format version'],
      ['version zero', '{"format":"copydesk","version":0}', 'version 0 is not a valid format version']
    ])('%s', (_name, text, expected) => {
      expect(problemOf(text)).toContain(expected)
    })

    it('a file from a newer version of Copydesk', () => {
      const problem = problemOf(JSON.stringify({ ...newArticle(), version: CURRENT_VERSION + 1 }))
      expect(problem).toContain('saved by a newer version of Copydesk')
      expect(problem).toContain(`version ${CURRENT_VERSION + 1}`)
    })

    it.each([
      ['an unknown node type', withBody([{ type: 'script', content: [] }]), 'content.0.type'],
      ['a heading level the editor has no use for', withBody([{ type: 'heading', attrs: { level: 1 } }]), 'invalid attributes'],
      ['a javascript: link', withBody([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }]), 'http, https or mailto'],
      ['an obfuscated javascript: link', withBody([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'java\tscript:alert(1)' } }] }] }]), 'http, https or mailto'],
      ['an event-handler attribute', withBody([{ type: 'paragraph', attrs: { onclick: 'alert(1)' } }]), 'takes no attributes'],
      ['an unknown mark', withBody([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'style' }] }] }]), 'marks'],
      ['an empty text node', withBody([{ type: 'paragraph', content: [{ type: 'text', text: '' }] }]), 'non-empty text'],
      ['a body that is not a doc', JSON.stringify({ ...newArticle(), body: { type: 'paragraph' } }), 'must be a "doc" node'],
      ['an unknown metadata field', JSON.stringify({ ...newArticle(), meta: { ...newArticle().meta, secret: 1 } }), 'meta'],
      ['a multi-line headline', JSON.stringify({ ...newArticle(), meta: { ...newArticle().meta, headline: 'a\nb' } }), 'meta.headline: must be a single line'],
      ['a malformed slug', JSON.stringify({ ...newArticle(), meta: { ...newArticle().meta, slug: 'Not A Slug' } }), 'meta.slug'],
      ['one note twice on a text', withBody([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'note', attrs: { id: 'n-1' } }, { type: 'note', attrs: { id: 'n-1' } }] }] }]), 'two "note n-1" marks'],
      ['a note id that is not an id', withBody([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'note', attrs: { id: '"><img>' } }] }] }]), 'marks'],
      ['a sent post whose address is a script', JSON.stringify({ ...newArticle(), sentTo: [{ cms: 'wordpress', site: 'https://news.example', postId: 1, editLink: 'javascript:alert(1)', at: '2026-11-27T10:00:00.000Z' }] }), 'sentTo.0.editLink'],
      ['a note without its thread', JSON.stringify({ ...newArticle(), review: { notes: { 'n-1': { excerpt: 'x', thread: [] } } } }), 'review.notes']
    ])('%s', (_name, text, expected) => {
      const problem = problemOf(text)
      expect(problem).toContain('does not match the Copydesk format')
      expect(problem).toContain(expected)
    })

    it('a body nested deeper than any real story', () => {
      expect(problemOf(withBody([nestedQuotes(40)]))).toContain('nested deeper than')
    })

    // zod's parse is recursive: before the depth check ran ahead of it, 1,000 levels overflowed the stack.
    it.each([1_000, 100_000])('a body nested %i deep: the nesting message, not a stack overflow', (depth) => {
      // Written out as text: JSON.stringify itself recurses.
      const body = `${'{"type":"blockquote","content":['.repeat(depth)}{"type":"paragraph"}${']}'.repeat(depth)}`
      const text = withBody([]).replace('"content":[]}', `"content":[${body}]}`)
      expect(problemOf(text)).toContain('body: the story is nested deeper than 32 levels')
    })

    // ProseMirror refuses a mark set holding two marks of one type ("Invalid collection of marks").
    it.each([
      ['bold', { type: 'bold' }, { type: 'bold' }],
      ['link', { type: 'link', attrs: { href: 'https://a.example' } }, { type: 'link', attrs: { href: 'https://b.example' } }],
      ['quote', { type: 'quote', attrs: { id: 'q-1', sourceId: null, kind: 'direct' } }, { type: 'quote', attrs: { id: 'q-2', sourceId: null, kind: 'direct' } }]
    ])('a text with two %s marks', (type, first, second) => {
      const problem = problemOf(withBody([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [first, second] }] }]))
      expect(problem).toContain(`body.content.0.content.0.marks: a text carries two "${type}" marks`)
    })
  })
})

describe('saving', () => {
  it('refuses an invalid article with one line that says what is wrong, not a dump of the schema error', () => {
    const article = { ...newArticle(), body: { type: 'doc' as const, content: [nestedQuotes(40)] } }
    expect(() => serializeArticleFile(article)).toThrow(/^This article cannot be saved: body: the story is nested deeper than 32 levels[^\n]*\.$/)
  })
})

/** `depth` block quotes, one inside the next, around an empty paragraph. */
function nestedQuotes(depth: number): BodyNode {
  let node: BodyNode = { type: 'paragraph' }
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] }
  return node
}

describe('migrations', () => {
  it('runs each step from the file’s version up to the current one, in order', () => {
    const table = {
      1: (file: Record<string, unknown>) => ({ ...file, steps: ['1→2'] }),
      2: (file: Record<string, unknown>) => ({ ...file, steps: [...(file.steps as string[]), '2→3'] })
    }
    expect(migrate({ version: 1 }, 1, 3, table)).toEqual({ version: 3, steps: ['1→2', '2→3'] })
  })

  it('fails clearly when a step is missing', () => {
    expect(() => migrate({ version: 1 }, 1, 2, {})).toThrow('no migration from version 1 to 2')
  })

  // Files Copydesk 1 wrote (tests/fixtures/format/v1/): a story with every mark, sources and contact notes, and a
  // minimal one. Each opens as the same story with an empty review, and saves as the current version.
  it.each(readdirSync(V1_FIXTURES))('opens the version-1 file %s, unreviewed, and saves it as the current version', (name) => {
    const original = JSON.parse(readFileSync(join(V1_FIXTURES, name), 'utf8')) as Record<string, unknown>
    const result = parseArticleFile(readFileSync(join(V1_FIXTURES, name), 'utf8'))
    if (!result.ok) throw new Error(result.problem)
    expect(result.document.review).toEqual({ quotes: {}, notes: {}, log: [], signOff: null, resolvedFlags: [], dismissedSuggestions: [] })
    expect(result.document.body).toEqual(original.body)
    expect(result.document.meta.headline).toBe((original.meta as { headline: string }).headline)
    const saved = JSON.parse(serializeArticleFile(result.document)) as { version: number }
    expect(saved.version).toBe(CURRENT_VERSION)
  })

  // A file Copydesk wrote in version 2 (before resolved flags and dismissed suggestions were kept): its review
  // comes through whole, with nothing resolved or dismissed.
  it('opens a version-2 file with its review, nothing resolved or dismissed, and saves it as the current version', () => {
    const text = readFileSync(join(repoRoot, 'tests/fixtures/format/v2/reviewed.copydesk'), 'utf8')
    const original = JSON.parse(text) as { review: Record<string, unknown> }
    const result = parseArticleFile(text)
    if (!result.ok) throw new Error(result.problem)
    expect(result.document.review).toEqual({ ...original.review, resolvedFlags: [], dismissedSuggestions: [] })
    expect(JSON.parse(serializeArticleFile(result.document)).version).toBe(CURRENT_VERSION)
  })

  // A version-3 file (before the publication date and the imported page's origin): its metadata comes through
  // whole, with neither set.
  it('opens a version-3 file with no publication date or origin, and saves it as the current version', () => {
    const text = readFileSync(join(repoRoot, 'tests/fixtures/format/v3/reviewed.copydesk'), 'utf8')
    const original = JSON.parse(text) as { meta: Record<string, unknown>; review: unknown }
    const result = parseArticleFile(text)
    if (!result.ok) throw new Error(result.problem)
    expect(result.document.meta).toEqual({ ...original.meta, published: null, origin: null })
    expect(result.document.review).toEqual(original.review)
    expect(JSON.parse(serializeArticleFile(result.document)).version).toBe(CURRENT_VERSION)
  })

  it('refuses a publication date that is not a date, and an origin address that is not http or https', () => {
    const file = (meta: Record<string, unknown>): string => JSON.stringify({ ...JSON.parse(serializeArticleFile(newArticle())), meta: { ...newArticle().meta, ...meta } })
    expect(parseArticleFile(file({ published: '2024-03-01' })).ok).toBe(true)
    expect(parseArticleFile(file({ published: '2015-07-24T05:36:09+01:00' })).ok).toBe(true)
    expect(parseArticleFile(file({ published: 'last Tuesday' })).ok).toBe(false)
    expect(parseArticleFile(file({ origin: { siteName: 'BBC News', url: 'https://www.bbc.co.uk/news/1' } })).ok).toBe(true)
    expect(parseArticleFile(file({ origin: { siteName: 'Evil', url: 'javascript:alert(1)' } })).ok).toBe(false)
  })

  it('leaves a current file alone', () => {
    const file = { version: CURRENT_VERSION }
    expect(migrate(file, CURRENT_VERSION, CURRENT_VERSION)).toBe(file)
  })
})
