import { Parser } from 'htmlparser2'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../../src/shared/article/body'
import { newArticle, type ArticleDocument } from '../../../../src/shared/article/document'
import type { ArticleMeta } from '../../../../src/shared/article/meta'
import { exportArticle } from '../../../../src/shared/export'

/**
 * Text in a Markdown export must read as the same text, whatever it looks like: no heading, list, code
 * block, table, image, autolink, raw HTML or decoded entity may come out of a sentence. Each case renders
 * the export with `marked` (GitHub-flavoured, as the importer reads it) and compares the elements and the
 * text a reader sees.
 */

interface Rendered {
  elements: string[]
  /** The text a reader sees, one line per block or line break, spaces collapsed. */
  text: string
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'li', 'blockquote', 'br', 'pre', 'table', 'tr', 'hr'])

function render(article: ArticleDocument): Rendered {
  const html = marked.parse(exportArticle(article, 'markdown'), { async: false, gfm: true }) as string
  const elements = new Set<string>()
  let text = ''
  const parser = new Parser(
    {
      onopentag(name) {
        elements.add(name)
        if (BLOCKS.has(name)) text += '\n'
      },
      ontext(chunk) {
        text += chunk
      }
    },
    { decodeEntities: true }
  )
  parser.write(html)
  parser.end()
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())
  return { elements: [...elements].sort(), text: lines.filter(Boolean).join('\n') }
}

const text = (value: string, marks?: BodyNode['marks']): BodyNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
const hardBreak: BodyNode = { type: 'hardBreak' }
const bodyOf = (...content: BodyNode[]): ArticleDocument => ({ ...newArticle(), body: { type: 'doc', content } })
const paragraph = (...content: BodyNode[]): ArticleDocument => bodyOf({ type: 'paragraph', content })

const SENTENCES = [
  '# not a heading',
  '###### nor this',
  '- not a list',
  '+ not a list',
  '* not a list',
  '1. not a list',
  '1) not a list',
  '2026. A year to remember',
  '> not a quote',
  '    four spaces are not code',
  '```not code```',
  '~~~',
  '~~not struck~~',
  '---',
  '***',
  '___',
  '===',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- a comment -->',
  '<div>block html</div>',
  '&lt;script&gt; &amp; &#60; &#x3C; &copy; AT&T',
  '[not](a-link) and [ref]',
  '[ref]: https://x.example/',
  '![not an image](https://x.example/p.png)',
  'a | b | c',
  'back\\slash \\* and \\',
  'under_score_word and *stars* and **more**',
  'see https://x.example/<b>, www.x.example and desk@x.example',
  'one\ntwo # three',
  '`code` and ``two``'
]

describe('Markdown export: a paragraph’s text stays text', () => {
  it.each(SENTENCES)('%j', (sentence) => {
    expect(render(paragraph(text(sentence)))).toEqual({ elements: ['p'], text: sentence.replace(/\s+/g, ' ').trim() })
  })

  it('…on every line after a line break', () => {
    const lines = ['a', '# b', '- c', '1. d', '===', '---', '| x | y |', '| --- | --- |', '    e', '> f', '~~~']
    const content = lines.flatMap((line, index) => (index ? [hardBreak, text(line)] : [text(line)]))
    expect(render(paragraph(...content))).toEqual({ elements: ['br', 'p'], text: lines.map((line) => line.trim()).join('\n') })
  })

  it('…when an exclamation mark comes just before a link (no image)', () => {
    const link = [{ type: 'link' as const, attrs: { href: 'https://x.example/p.png' } }]
    expect(render(paragraph(text('Wow!'), text('here', link)))).toEqual({ elements: ['a', 'p'], text: 'Wow!here' })
  })

  it('…and a line break at the end is not a stray backslash', () => {
    expect(render(paragraph(text('end'), hardBreak))).toEqual({ elements: ['p'], text: 'end' })
  })
})

describe('Markdown export: marks and blocks come out as marked', () => {
  it('bold and italic with spaces at their edges are still bold and italic', () => {
    const rendered = render(paragraph(text('a'), text(' bold ', [{ type: 'bold' }]), text('and'), text(' italic ', [{ type: 'italic' }]), text('end')))
    expect(rendered).toEqual({ elements: ['em', 'p', 'strong'], text: 'a bold and italic end' })
  })

  it.each(['Vote #', 'Vote ##', '# hash', 'C# and F#'])('a heading keeps %j', (heading) => {
    expect(render(bodyOf({ type: 'heading', attrs: { level: 2 }, content: [text(heading)] }))).toEqual({ elements: ['h2'], text: heading })
  })

  it('a line break in a heading keeps the heading one line', () => {
    expect(render(bodyOf({ type: 'heading', attrs: { level: 3 }, content: [text('a'), hardBreak, text('- b')] }))).toEqual({ elements: ['h3'], text: 'a - b' })
  })

  it('a list item’s text stays in the item', () => {
    const item = (line: string): BodyNode => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(line), hardBreak, text('# x')] }] })
    const rendered = render(bodyOf({ type: 'bulletList', content: [item('- a'), item('1. b')] }))
    expect(rendered).toEqual({ elements: ['br', 'li', 'ul'], text: '- a\n# x\n1. b\n# x' })
  })

  it('a block quote’s credit stays text', () => {
    const article = bodyOf({ type: 'blockquote', attrs: { sourceId: 's-1' }, content: [{ type: 'paragraph', content: [text('Said.')] }] })
    article.sources = [{ id: 's-1', name: 'A <b> & *B*', kind: 'person', role: '# role\n- two', organisation: '', status: 'on-record', aliases: [], contactNotes: '' }]
    expect(render(article)).toEqual({ elements: ['blockquote', 'p'], text: 'Said.\n— A <b> & *B*, # role - two' })
  })
})

describe('Markdown export: the headline, dek, byline and dateline stay text', () => {
  const meta = (fields: Partial<ArticleMeta>): ArticleDocument => ({ ...newArticle(fields), body: { type: 'doc', content: [] } })
  it.each([
    [{ headline: 'Vote #' }, ['h1'], 'Vote #'],
    [{ headline: '<script>alert(1)</script> &amp;' }, ['h1'], '<script>alert(1)</script> &amp;'],
    [{ dek: ' starts with a space\n- and a list line\n\n# and a heading ' }, ['em', 'p'], 'starts with a space - and a list line # and a heading'],
    [{ dek: '*' }, ['em', 'p'], '*'],
    [{ byline: ['<b>Jane</b>', '*Ivan*'] }, ['p'], 'By <b>Jane</b>, *Ivan*'],
    [{ dateline: '*MOSCOW* <i>' }, ['p', 'strong'], '*MOSCOW* <i> —']
  ] as const)('%j', (fields, elements, shown) => {
    expect(render(meta({ ...fields, byline: [...(('byline' in fields && fields.byline) || [])] }))).toEqual({ elements, text: shown })
  })
})
