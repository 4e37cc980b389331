import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readArticle } from '../../../src/node/articleFile'
import { tempFolder } from '../../support/paths'
import { batches, squeezed, XSS_VECTORS } from '../../support/xssCorpus'
import { CorpusRun, type Findings } from '../../support/xssRun'

/**
 * Opening a .copydesk file (readArticle: what File ▸ Open and the CLI do) that carries a vector of the public
 * XSS corpora (tests/fixtures/xss) in one of its fields: every metadata field, every source field, every kind
 * of text node and every attribute value, 372 vectors × 45 fields. Most structured fields refuse; a refusal
 * must be a sentence naming the file and the part of it that is wrong, and the file must be left exactly as
 * it was. Whatever opens is exported in every format and scanned for anything that could run.
 */

const run = new CorpusRun()
afterAll(() => console.log(run.summary()))

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir, cleanup } = await tempFolder('copydesk-xss-open-')))
afterAll(() => cleanup())

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
        run.count(`open .copydesk: ${file.field}`, refusal === null ? 'accepted' : 'refused')
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
        run.record(findings, vector, run.scanExports(document))
      }
    }
    expect(unclear).toEqual([])
    expect(findings).toEqual({})
    // The text fields take any string, so every vector opens somewhere and reaches the exporters.
    expect(refusedEverywhere).toEqual([])
  }, 90_000)
})
