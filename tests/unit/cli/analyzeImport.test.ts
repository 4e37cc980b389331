import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repoRoot, tempFolder } from '../../support/paths'
import { copydesk } from './runCopydesk'

// `copydesk analyze` reads a page, a Markdown file or a Word document through the importer the app's Import
// uses, headline first: so it analyses what Copydesk would import, the same as the .copydesk file saved from
// that import, and never what the importer drops.

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

const HEADLINE = '“We will not back down,” mayor says of bridge vote'

const PAGE = `<!doctype html><html><head><title>Harbour news</title><script>var x = "“Not a quote,” said Nobody."</script></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>${HEADLINE}</h1>
<p>PORTSMOUTH — The council voted seven to four on Tuesday to approve the harbour bridge.</p>
<p>“We have waited long enough,” said Maria Lopez, the mayor. “The crossing will be built.”</p>
<p>Opponents would appeal the decision, according to a statement from the Harbour Trust.</p>
<h2>Background</h2>
<p>The crossing was first proposed in 2015, Lopez said.</p>
</article>
<aside>“Read more,” says the sidebar.</aside>
<footer>Leave a Reply</footer>
</body></html>`

const MARKDOWN = `# ${HEADLINE}

PORTSMOUTH — The council voted **seven to four** on Tuesday to approve the harbour bridge.

“We have waited long enough,” said *Maria Lopez*, the mayor. “The crossing will be built.”

## Background

- The crossing was first proposed in 2015, Lopez said.
`

interface AnalysisJson {
  text: string
  quotes: { start: number; end: number; text: string; speaker: { name: string | null; start: number | null; end: number | null } }[]
  sources: { name: string }[]
  flags: { rule: string; start: number; end: number }[]
}

async function analyzeJson(path: string): Promise<AnalysisJson> {
  const { code, out, err } = await copydesk('analyze', path, '--json')
  expect({ code, err }).toEqual({ code: 0, err: '' })
  return JSON.parse(out) as AnalysisJson
}

/** Analyses `path`, imports it, analyses the saved article, and expects the same analysis to the letter. */
async function analyzeFileAndImport(path: string): Promise<AnalysisJson> {
  const fromFile = await analyzeJson(path)
  const article = join(dir, 'imported.copydesk')
  expect((await copydesk('import', path, '-o', article)).code).toBe(0)
  expect(await analyzeJson(article)).toEqual(fromFile)
  // Offsets refer to the printed text.
  for (const quote of fromFile.quotes) {
    expect(fromFile.text.slice(quote.start, quote.end)).toBe(quote.text)
    if (quote.speaker.start !== null) expect(fromFile.text.slice(quote.speaker.start, quote.speaker.end!)).not.toBe('')
  }
  return fromFile
}

describe('copydesk analyze of a file Copydesk imports', () => {
  it('an HTML page: the same quotes, sources and flags as the article imported from it and saved', async () => {
    const page = join(dir, 'page.html')
    await writeFile(page, PAGE)
    const analysis = await analyzeFileAndImport(page)
    // The <h1> becomes the headline on import, and is analysed as the first paragraph, as it was before.
    expect(analysis.text.startsWith(`${HEADLINE}\n\nPORTSMOUTH — The council`)).toBe(true)
    expect(analysis.quotes.map((quote) => [quote.text, quote.speaker.name])).toEqual([
      ['“We will not back down,”', null],
      ['“We have waited long enough,”', 'Maria Lopez'],
      ['“The crossing will be built.”', 'Maria Lopez'],
      // Reported speech with its cue after it.
      ['The crossing was first proposed in 2015', 'Maria Lopez']
    ])
    expect(analysis.quotes[0]).toMatchObject({ start: 0, end: 24 })
    // What the importer drops is not analysed: the script, the title, the navigation, the aside, the footer.
    expect(analysis.text).not.toMatch(/Nobody|Harbour news|Home|Read more|sidebar|Leave a Reply/)
    expect(analysis.text.endsWith('\n\nBackground\n\nThe crossing was first proposed in 2015, Lopez said.')).toBe(true)
  })

  it('a Markdown file: read as imported, not as its markup', async () => {
    const notes = join(dir, 'notes.md')
    await writeFile(notes, MARKDOWN)
    const analysis = await analyzeFileAndImport(notes)
    expect(analysis.text).toBe(
      `${HEADLINE}\n\nPORTSMOUTH — The council voted seven to four on Tuesday to approve the harbour bridge.\n\n` +
        '“We have waited long enough,” said Maria Lopez, the mayor. “The crossing will be built.”\n\nBackground\n\n' +
        'The crossing was first proposed in 2015, Lopez said.'
    )
    expect(analysis.quotes.map((quote) => quote.speaker.name)).toEqual([null, 'Maria Lopez', 'Maria Lopez', 'Maria Lopez'])
  })

  it('a Word document: its text, headline first, as the import makes it', async () => {
    const analysis = await analyzeFileAndImport(join(repoRoot, 'tests/fixtures/import/harbour-bridge.docx'))
    expect(analysis.text.startsWith('Harbour bridge approved\n\n“We have waited long enough,” the mayor said.')).toBe(true)
    expect(analysis.quotes[0]).toMatchObject({ text: '“We have waited long enough,”' })
  })

  it('a .txt file is still analysed exactly as it is, its first line included', async () => {
    const text = `${HEADLINE}\n\n“We have waited long enough,” said Maria Lopez.\n`
    await writeFile(join(dir, 'story.txt'), text)
    const analysis = await analyzeJson(join(dir, 'story.txt'))
    expect(analysis.text).toBe(text)
    expect(analysis.quotes[0]).toMatchObject({ start: 0, end: 24, text: '“We will not back down,”' })
  })

  it.each([
    ['deep.md', `${'>'.repeat(100_000)} deep\n`, 'its lists or block quotes nest too deeply to read'],
    ['latin1.html', Buffer.from('<p>\xe9</p>', 'latin1'), 'it is not UTF-8 text']
  ])('%s, which the importer refuses, is refused with the importer’s reason', async (name, contents, reason) => {
    await writeFile(join(dir, name), contents)
    expect(await copydesk('analyze', join(dir, name))).toEqual({ code: 1, out: '', err: `copydesk: Could not import “${name}”: ${reason}.\n` })
  })
})
