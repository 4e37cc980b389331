import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { readArticle } from '../../../src/main/services/articleFiles'
import { importBytes } from '../../../src/main/services/importFile'
import { articleDocumentSchema, type ArticleDocument } from '../../../src/shared/article/document'
import { serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../../../src/shared/export'
import { htmlToArticle } from '../../../src/shared/import/html'
import { markdownToArticle } from '../../../src/shared/import/markdown'
import { buildDocx, type DocxParagraph } from '../../support/docx'
import { findExecutable } from '../../support/executableScan'
import { tempFolder } from '../../support/paths'
import { batches, escapeHtml, XSS_VECTORS, type XssVector } from '../../support/xssCorpus'

/**
 * The public XSS corpora (tests/fixtures/xss: 149 HTML5 Security Cheatsheet vectors, 223 DOMPurify fixture
 * payloads) through every way a story gets into Copydesk outside the browser — HTML, Markdown and Word
 * import, opening a .copydesk file with the vector in every field and attribute, and the command line — and
 * every export of every document that is accepted, scanned by tests/support/executableScan.ts for anything
 * that could run. A refusal (a sentence naming the file and the problem, the file untouched) is a pass.
 * Paste in Chromium is tests/e2e/xss-paste.spec.ts.
 */

const date = new Date('2026-11-26T12:00:00Z')
const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[]

/**
 * Bugs this corpus found, in files other engineers own (src/shared/export). Their findings are set aside — and
 * counted — so that everything else must still scan clean; each has a minimal reproduction below, marked
 * `it.fails`, which starts failing (flip it to `it`) the day the bug is fixed.
 */
const KNOWN_BUGS = {
  /**
   * src/shared/export/wordpress.ts puts the headline and dek, which are plain text, into the post's `title` and
   * `excerpt` unescaped. WordPress treats both as HTML: for a user with unfiltered_html (administrators and
   * editors) it stores them as they are and themes print them with the_title() / the_excerpt(), so
   * "<img src=x onerror=alert(1)>" as a headline runs on the public site.
   */
  'wordpress-title-html': /^wordpress (title|excerpt): /,
  /**
   * src/shared/export/escape.ts (escapeXml, used by nitf.ts) passes C0 control characters through; XML 1.0
   * cannot hold them, so the NITF file is not well-formed and every XML reader refuses it (xmllint: "PCDATA
   * invalid Char value 1"). Not executable; an export that cannot be read.
   */
  'nitf-control-characters': /^nitf: not well-formed XML: character U\+00[01][0-9A-F] /
} as const
type KnownBug = keyof typeof KNOWN_BUGS
const knownFindings: Record<KnownBug, Set<string>> = { 'wordpress-title-html': new Set(), 'nitf-control-characters': new Set() }

/** Every export of a document, each scanned; findings are prefixed with the format. Known bugs are set aside. */
function scanExports(document: ArticleDocument, vector?: XssVector): string[] {
  const findings: string[] = []
  for (const format of FORMATS) findings.push(...findExecutable(exportArticle(document, format, { date }), format))
  findings.push(...findExecutable(exportArticle(document, 'fragment', { attribution: false }), 'fragment').map((f) => `--no-attribution ${f}`))
  return setAsideKnown(findings, vector)
}
function setAsideKnown(findings: string[], vector?: XssVector): string[] {
  return findings.filter((finding) => {
    const bug = (Object.keys(KNOWN_BUGS) as KnownBug[]).find((key) => KNOWN_BUGS[key].test(finding))
    if (bug) knownFindings[bug].add(vector?.id ?? '(a file of many vectors)')
    return !bug
  })
}

/** What each path did with the corpus, printed at the end (the README's counts come from here). */
const tally = new Map<string, { tried: number; accepted: number; refused: number }>()
function count(path: string, outcome: 'accepted' | 'refused'): void {
  const entry = tally.get(path) ?? { tried: 0, accepted: 0, refused: 0 }
  entry.tried++
  entry[outcome]++
  tally.set(path, entry)
}
afterAll(() => {
  const rows = [...tally].map(([path, t]) => `| ${path} | ${t.tried} | ${t.accepted} | ${t.refused} |`)
  const total = [...tally.values()].reduce((sum, t) => ({ tried: sum.tried + t.tried, accepted: sum.accepted + t.accepted, refused: sum.refused + t.refused }), { tried: 0, accepted: 0, refused: 0 })
  rows.push(`| **all** | ${total.tried} | ${total.accepted} | ${total.refused} |`)
  const bugs = (Object.keys(knownFindings) as KnownBug[]).map((bug) => `${bug}: ${knownFindings[bug].size} vectors (${[...knownFindings[bug]].slice(0, 8).join(', ')}…)`)
  console.log(['| path | tried | accepted | refused |', '| --- | ---: | ---: | ---: |', ...rows, '', 'Known bugs seen:', ...bugs].join('\n'))
})

/** Vector id → findings, for the vectors that produced any. */
type Findings = Record<string, string[]>
function record(findings: Findings, vector: XssVector, found: string[]): void {
  if (found.length) (findings[vector.id] ??= []).push(...found)
}

/** An import must give a document the file format accepts; anything else is itself a finding. */
function checkImported(document: ArticleDocument, vector?: XssVector): string[] {
  const parsed = articleDocumentSchema.safeParse(document)
  return parsed.success ? scanExports(document, vector) : [`imported document is not a valid article: ${parsed.error.issues[0]?.message}`]
}

/** The vector as characters: in the headline, a paragraph, and a link's address. */
const asText = (payload: string): string =>
  `<h1>${escapeHtml(payload)}</h1>\n<p>${escapeHtml(payload)}</p>\n<p><a href="${escapeHtml(payload)}">link</a> and <a href="https://example.org/${escapeHtml(payload)}">another</a></p>`

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir, cleanup } = await tempFolder('copydesk-xss-')))
afterAll(() => cleanup())

describe('the XSS corpora', () => {
  it('holds 149 HTML5 Security Cheatsheet vectors and 223 DOMPurify payloads', () => {
    expect(XSS_VECTORS.filter((v) => v.id.startsWith('h5sc-'))).toHaveLength(149)
    expect(XSS_VECTORS.filter((v) => v.id.startsWith('dompurify-'))).toHaveLength(223)
  })
})

describe('HTML import', () => {
  it('htmlToArticle: every vector as markup, and as text in the headline, a paragraph and a link address', () => {
    const findings: Findings = {}
    for (const vector of XSS_VECTORS) {
      for (const [path, html] of [
        ['htmlToArticle, vector as markup', vector.payload],
        ['htmlToArticle, vector as text and link address', asText(vector.payload)]
      ] as const) {
        count(path, 'accepted')
        record(findings, vector, checkImported(htmlToArticle(html), vector).map((f) => `${path}: ${f}`))
      }
    }
    expect(findings).toEqual({})
  })

  it('importBytes (.html, the real import path): every vector inside a web page', async () => {
    const findings: Findings = {}
    for (const vector of XSS_VECTORS) {
      const page = `<!DOCTYPE html><html><head><title>${escapeHtml(vector.payload)}</title></head><body>\n${vector.payload}\n${asText(vector.payload)}\n</body></html>`
      const document = await importBytes(`${vector.id}.html`, Buffer.from(page))
      count('import .html', 'accepted')
      record(findings, vector, checkImported(document, vector))
    }
    expect(findings).toEqual({})
  })
})

describe('Markdown import', () => {
  /** The vector as a raw HTML block, inline in a paragraph, as link destinations, and in a heading, list and quote. */
  const markdown = (payload: string): string => {
    const line = payload.replace(/\s+/g, ' ')
    return `# ${line}\n\n${payload}\n\nText before ${line} text after.\n\n[link](${line}) [angle](<${line}>) <${line}>\n\n- ${line}\n\n> ${line}\n\n[ref]\n\n[ref]: ${line}\n`
  }

  it('importBytes (.md): every vector', async () => {
    const findings: Findings = {}
    for (const vector of XSS_VECTORS) {
      const raw = markdownToArticle(vector.payload)
      count('markdownToArticle, vector alone', 'accepted')
      record(findings, vector, checkImported(raw, vector).map((f) => `vector alone: ${f}`))
      const document = await importBytes(`${vector.id}.md`, Buffer.from(markdown(vector.payload)))
      count('import .md', 'accepted')
      record(findings, vector, checkImported(document, vector).map((f) => `in Markdown: ${f}`))
    }
    expect(findings).toEqual({})
  })
})

describe('plain-text import', () => {
  it('importBytes (.txt): every vector as the first line (the headline) and as a paragraph', async () => {
    const findings: Findings = {}
    for (const vector of XSS_VECTORS) {
      const document = await importBytes(`${vector.id}.txt`, Buffer.from(`${vector.payload.replace(/\s+/g, ' ').slice(0, 120)}\n\n${vector.payload}\n`))
      count('import .txt', 'accepted')
      record(findings, vector, checkImported(document, vector))
    }
    expect(findings).toEqual({})
  })
})

describe('Word import', () => {
  /** Per vector: a Heading 1, the text, and the vector as an external hyperlink, a bookmark link and a HYPERLINK field. */
  const paragraphs = (vector: XssVector): DocxParagraph[] => [
    { style: 'Heading1', runs: [{ text: vector.payload }] },
    { runs: [{ text: vector.payload }] },
    { runs: [{ text: 'external', link: vector.payload }, { text: ' bookmark', anchor: vector.payload }, { text: ' field', field: vector.payload }] }
  ]

  it('importBytes (.docx): every vector as text and as hyperlink targets, 31 vectors to a document', async () => {
    const findings: Findings = {}
    for (const batch of batches(XSS_VECTORS, 31)) {
      const docx = await buildDocx(batch.flatMap(paragraphs))
      const document = await importBytes('batch.docx', docx)
      batch.forEach(() => count('import .docx', 'accepted'))
      const found = checkImported(document)
      if (found.length === 0) continue
      // Something got through: find which vectors, one document each.
      for (const vector of batch) record(findings, vector, checkImported(await importBytes(`${vector.id}.docx`, await buildDocx(paragraphs(vector))), vector))
      if (!batch.some((vector) => findings[vector.id])) findings[`${batch[0]!.id}..${batch.at(-1)!.id}`] = found
    }
    expect(findings).toEqual({})
  })
})

/** A valid article that uses every field, node, mark and attribute the format has, as plain JSON to tamper with. */
function baseFile(): Record<string, unknown> {
  const link = { type: 'link', attrs: { href: 'https://example.org/report', target: null, rel: null, class: null, title: null } }
  return {
    format: 'copydesk',
    version: 1,
    meta: { headline: 'Base headline', dek: 'Base dek', byline: ['Jane Doe'], dateline: 'PORTSMOUTH', slug: 'base', tags: ['council'], language: 'en', wordTarget: 400 },
    sources: [{ id: 's-1', name: 'Maria Lopez', kind: 'person', role: 'mayor', organisation: 'City', status: 'on-record', aliases: ['the mayor'], contactNotes: 'mobile' }],
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: {},
          content: [
            { type: 'text', text: 'Quoted words', marks: [{ type: 'quote', attrs: { id: 'q-1', sourceId: 's-1', kind: 'direct' } }] },
            { type: 'text', text: ' the mayor said', marks: [{ type: 'attribution', attrs: { id: 'a-1', sourceId: 's-1', quoteIds: ['q-1'] } }] },
            { type: 'text', text: ' and a link', marks: [link] },
            { type: 'hardBreak' },
            { type: 'text', text: 'Bold', marks: [{ type: 'bold' }] }
          ]
        },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subhead' }] },
        { type: 'orderedList', attrs: { start: 2, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] }] },
        { type: 'blockquote', attrs: { sourceId: 's-1' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Block quote' }] }] }
      ]
    }
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the file is tampered with as plain JSON */
type Setter = (file: any, value: string) => void
const body = (file: any): any[] => file.body.content
const marks = (file: any): any[] => body(file)[0].content.map((n: any) => n.marks?.[0])
/** Without whitespace and control characters, so that an http(s) or mailto address can carry the rest. */
// eslint-disable-next-line no-control-regex
const squeezed = (value: string): string => value.replace(/[\u0000-\u0020\u007f]/g, '')

/** Every place a .copydesk file carries a string: metadata, sources, text, and every attribute value. */
const FIELDS: [string, Setter][] = [
  ['format', (f, v) => (f.format = v)],
  ['version', (f, v) => (f.version = v)],
  ['meta.headline', (f, v) => (f.meta.headline = v)],
  ['meta.dek', (f, v) => (f.meta.dek = v)],
  ['meta.byline', (f, v) => (f.meta.byline = [v])],
  ['meta.dateline', (f, v) => (f.meta.dateline = v)],
  ['meta.slug', (f, v) => (f.meta.slug = v)],
  ['meta.tags', (f, v) => (f.meta.tags = [v])],
  ['meta.language', (f, v) => (f.meta.language = v)],
  ['meta.wordTarget', (f, v) => (f.meta.wordTarget = v)],
  ['source id', (f, v) => (f.sources[0].id = v)],
  ['source name', (f, v) => (f.sources[0].name = v)],
  ['source kind', (f, v) => (f.sources[0].kind = v)],
  ['source role', (f, v) => (f.sources[0].role = v)],
  ['source organisation', (f, v) => (f.sources[0].organisation = v)],
  ['source status', (f, v) => (f.sources[0].status = v)],
  ['source alias', (f, v) => (f.sources[0].aliases = [v])],
  ['source contact notes', (f, v) => (f.sources[0].contactNotes = v)],
  ['quoted text', (f, v) => (body(f)[0].content[0].text = v)],
  ['attribution text', (f, v) => (body(f)[0].content[1].text = v)],
  ['link text', (f, v) => (body(f)[0].content[2].text = v)],
  ['subhead text', (f, v) => (body(f)[1].content[0].text = v)],
  ['list item text', (f, v) => (body(f)[2].content[0].content[0].content[0].text = v)],
  ['block quote text', (f, v) => (body(f)[3].content[0].content[0].text = v)],
  ['quote id', (f, v) => (marks(f)[0].attrs.id = v)],
  ['quote sourceId', (f, v) => (marks(f)[0].attrs.sourceId = v)],
  ['quote kind', (f, v) => (marks(f)[0].attrs.kind = v)],
  ['attribution id', (f, v) => (marks(f)[1].attrs.id = v)],
  ['attribution sourceId', (f, v) => (marks(f)[1].attrs.sourceId = v)],
  ['attribution quoteIds', (f, v) => (marks(f)[1].attrs.quoteIds = [v])],
  ['link href', (f, v) => (marks(f)[2].attrs.href = v)],
  ['link href after https://', (f, v) => (marks(f)[2].attrs.href = `https://example.org/${squeezed(v)}`)],
  ['link href after mailto:', (f, v) => (marks(f)[2].attrs.href = `mailto:desk@example.org?subject=${squeezed(v)}`)],
  ['link target', (f, v) => (marks(f)[2].attrs.target = v)],
  ['link rel', (f, v) => (marks(f)[2].attrs.rel = v)],
  ['link class', (f, v) => (marks(f)[2].attrs.class = v)],
  ['link title', (f, v) => (marks(f)[2].attrs.title = v)],
  ['link attribute onclick', (f, v) => (marks(f)[2].attrs.onclick = v)],
  ['mark type', (f, v) => (marks(f)[4].type = v)],
  ['node type', (f, v) => (body(f)[0].type = v)],
  ['paragraph attribute onclick', (f, v) => (body(f)[0].attrs = { onclick: v })],
  ['heading level', (f, v) => (body(f)[1].attrs.level = v)],
  ['ordered list start', (f, v) => (body(f)[2].attrs.start = v)],
  ['ordered list type', (f, v) => (body(f)[2].attrs.type = v)],
  ['block quote sourceId', (f, v) => (body(f)[3].attrs.sourceId = v)]
]
/* eslint-enable @typescript-eslint/no-explicit-any */

describe('opening a .copydesk file', () => {
  it(`carries every vector in each of its ${FIELDS.length} fields: a refusal says why and leaves the file as it was; what opens exports clean`, async () => {
    const findings: Findings = {}
    const unclear: string[] = []
    const refusedEverywhere: string[] = []
    let index = 0
    for (const group of batches(XSS_VECTORS, 31)) {
      // Write this group's files, one per vector and field, then open each as the app and the CLI do.
      const files = group.flatMap((vector) =>
        FIELDS.map(([field, set]) => {
          const file = baseFile()
          set(file, vector.payload)
          return { vector, field, set, path: join(dir, `open-${index++}.copydesk`), text: JSON.stringify(file, null, 2) }
        })
      )
      await Promise.all(files.map((f) => writeFile(f.path, f.text)))
      const before = await Promise.all(files.map((f) => stat(f.path)))
      const outcomes = await Promise.all(files.map((f) => readArticle(f.path).then(() => null, (error: Error) => error.message)))
      const after = await Promise.all(files.map(async (f) => ({ info: await stat(f.path), text: await readFile(f.path, 'utf8') })))
      for (const [i, file] of files.entries()) {
        const refusal = outcomes[i]!
        count(`open .copydesk: ${file.field}`, refusal === null ? 'accepted' : 'refused')
        if (after[i]!.text !== file.text || after[i]!.info.mtimeMs !== before[i]!.mtimeMs || after[i]!.info.mode !== before[i]!.mode) {
          unclear.push(`${file.vector.id} in ${file.field}: the file changed on open`)
        }
        const topLevel = file.field.startsWith('meta.') ? 'meta' : file.field.startsWith('source') ? 'sources' : file.field === 'format' || file.field === 'version' ? file.field : 'body'
        if (refusal !== null && !(refusal.startsWith(`Could not open “open-`) && refusal.includes(topLevel))) unclear.push(`${file.vector.id} in ${file.field}: ${refusal}`)
      }
      // What opened, all at once: one document per vector with it in every field that accepts it.
      for (const vector of group) {
        const accepted = files.filter((f, i) => f.vector === vector && outcomes[i] === null)
        if (accepted.length === 0) {
          refusedEverywhere.push(vector.id)
          continue
        }
        const file = baseFile()
        for (const { set } of accepted) set(file, vector.payload)
        const path = join(dir, `open-all-${vector.id}.copydesk`)
        await writeFile(path, JSON.stringify(file))
        const document = await readArticle(path)
        record(findings, vector, scanExports(document, vector))
      }
    }
    expect(unclear).toEqual([])
    expect(findings).toEqual({})
    // The text fields take any string, so every vector opens somewhere and reaches the exporters.
    expect(refusedEverywhere).toEqual([])
  }, 90_000)
})

describe('the command line', () => {
  async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = ''
    let err = ''
    const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) })
    return { code, out, err }
  }

  it('imports, analyses and exports files that carry every vector, and every output scans clean', async () => {
    const h5sc = XSS_VECTORS.filter((v) => v.id.startsWith('h5sc-'))
    const dompurify = XSS_VECTORS.filter((v) => v.id.startsWith('dompurify-'))
    const html = (vectors: readonly XssVector[]): string =>
      `<!DOCTYPE html><html><head><title>x</title></head><body>\n${vectors.map((v) => `<div>${v.payload}</div>\n${asText(v.payload).replace(/h1>/g, 'h2>')}`).join('\n')}</body></html>`
    const markdown = XSS_VECTORS.map((v) => `${v.payload}\n\nText ${v.payload.replace(/\s+/g, ' ')} end. [link](${squeezed(v.payload)})\n`).join('\n')
    const inputs: Record<string, string | Buffer> = {
      'h5sc.html': html(h5sc),
      'dompurify.html': html(dompurify),
      'all.md': markdown,
      'all.txt': XSS_VECTORS.map((v) => v.payload).join('\n\n'),
      'all.docx': await buildDocx(XSS_VECTORS.flatMap((v) => [{ runs: [{ text: v.payload }] }, { runs: [{ text: 'link', link: v.payload }, { text: ' field', field: v.payload }] }]))
    }
    const findings: string[] = []
    const expectCode = (what: string, result: { code: number; err: string }, code: number): void => {
      if (result.code !== code) findings.push(`${what}: exit code ${result.code}, expected ${code} (${result.err.trim()})`)
    }
    for (const [name, content] of Object.entries(inputs)) {
      const input = join(dir, name)
      await writeFile(input, content)
      const out = join(dir, `${name}.copydesk`)
      expectCode(`import ${name}`, await run('import', input, '-o', out), 0)
      expectCode(`import ${name} --clean`, await run('import', input, '-o', join(dir, `${name}.clean.copydesk`), '--clean'), 0)
      count('CLI import', 'accepted')
      count('CLI import', 'accepted')
      expectCode(`info ${name}.copydesk`, await run('info', out, '--json'), 0)
      for (const format of FORMATS) {
        const exported = await run('export', out, '--format', format)
        expectCode(`export ${name} --format ${format}`, exported, 0)
        count('CLI export', 'accepted')
        findings.push(...setAsideKnown(findExecutable(exported.out, format)).map((f) => `export ${name} → ${format}: ${f}`))
      }
      const plain = await run('export', out, '--format', 'fragment', '--no-attribution')
      findings.push(...setAsideKnown(findExecutable(plain.out, 'fragment')).map((f) => `export ${name} --no-attribution → fragment: ${f}`))
      if (!name.endsWith('.docx')) {
        const analysis = await run('analyze', input, '--json')
        expectCode(`analyze ${name}`, analysis, 0)
        count('CLI analyze --json', 'accepted')
        const parsed = JSON.parse(analysis.out) as { text: string; quotes: unknown[] }
        if (typeof parsed.text !== 'string') findings.push(`analyze ${name}: no text in the JSON`)
      }
    }
    // A .copydesk file holding every vector in text, metadata and source fields, analysed and exported as a folder.
    const folder = join(dir, 'stories')
    await mkdir(folder)
    const article = htmlToArticle(html(XSS_VECTORS))
    article.meta = { ...article.meta, headline: 'Every vector', dek: XSS_VECTORS.map((v) => v.payload).join(' ').slice(0, 1000), byline: XSS_VECTORS.slice(0, 20).map((v) => v.payload.replace(/[\r\n]+/g, ' ').slice(0, 200)) }
    article.sources = XSS_VECTORS.map((v, i) => ({ id: `s-${i}`, name: v.payload.slice(0, 200), kind: 'person', role: v.payload.slice(0, 300), organisation: v.payload.slice(0, 200), status: 'on-record', aliases: [], contactNotes: v.payload }))
    const quotes = XSS_VECTORS.map((v, i) => ({ type: 'text' as const, text: `${v.payload} `, marks: [{ type: 'quote' as const, attrs: { id: `q-${i}`, sourceId: `s-${i}`, kind: 'direct' as const } }] }))
    article.body.content!.unshift({ type: 'paragraph', content: quotes })
    article.body.content!.push(...XSS_VECTORS.map((_v, i) => ({ type: 'blockquote' as const, attrs: { sourceId: `s-${i}` }, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Block' }] }] })))
    await writeFile(join(folder, 'every-vector.copydesk'), serializeArticleFile(article))
    const analysis = await run('analyze', join(folder, 'every-vector.copydesk'), '--json')
    expectCode('analyze every-vector.copydesk', analysis, 0)
    count('CLI analyze --json', 'accepted')
    for (const format of FORMATS) {
      const exported = await run('export', folder, '--format', format, '-o', dir)
      expectCode(`export folder --format ${format}`, exported, 0)
      count('CLI export (folder)', 'accepted')
      const extension = format === 'fragment' || format === 'page' ? `${format}.html` : EXPORT_FORMATS[format].extension
      const written = await readFile(join(dir, `every-vector.${extension}`), 'utf8')
      findings.push(...setAsideKnown(findExecutable(written, format)).map((f) => `export every-vector.copydesk → ${format}: ${f}`))
    }
    expect(findings).toEqual([])
  }, 60_000)
})

describe('bugs the corpus found (minimal reproductions; it.fails until fixed)', () => {
  it.fails('wordpress-title-html: a headline or dek that looks like markup reaches WordPress’s title and excerpt as HTML', () => {
    // copydesk import t.html -o t.copydesk && copydesk export t.copydesk --format wordpress
    //   with t.html = <h1>&lt;img src=x onerror=alert(1)&gt;</h1><p>Body</p>
    const article = htmlToArticle('<h1>&lt;img src=x onerror=alert(1)&gt;</h1><p>Body</p>')
    article.meta.dek = '<script>alert(1)</script>'
    const post = JSON.parse(exportArticle(article, 'wordpress')) as { title: string; excerpt: string }
    expect(post.title).toBe('<img src=x onerror=alert(1)>')
    expect(findExecutable(exportArticle(article, 'wordpress'), 'wordpress')).toEqual([])
  })

  it.fails('nitf-control-characters: a control character in the text makes the NITF export unreadable XML', () => {
    // printf '<p>Body\x01text</p>' > t.html; copydesk import t.html -o t.copydesk;
    // copydesk export t.copydesk --format nitf -o t.xml; xmllint --noout t.xml  → "PCDATA invalid Char value 1"
    const article = htmlToArticle('<p>Body\u0001text</p>')
    expect(findExecutable(exportArticle(article, 'nitf'), 'nitf')).toEqual([])
  })

  it('saw each known bug in the corpus run (so neither is set aside for nothing)', () => {
    expect(knownFindings['wordpress-title-html'].size).toBeGreaterThan(0)
    expect(knownFindings['nitf-control-characters'].size).toBeGreaterThan(0)
  })
})
