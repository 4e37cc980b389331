import { Parser } from 'htmlparser2'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../../src/shared/article/body'
import { newArticle, type ArticleDocument } from '../../../../src/shared/article/document'
import { exportArticle, type ExportFormat } from '../../../../src/shared/export'
import { htmlToArticle } from '../../../../src/shared/import/html'
import { markdownToArticle } from '../../../../src/shared/import/markdown'

const SCRIPT = '<script>alert(1)</script>'

/**
 * Link addresses an attacker would try, each with the address a reader must end up with: the WHATWG URL
 * form for an http, https or mailto link (mailto keeping only its address and subject), or null when the
 * link must go and its text stay.
 */
const HOSTILE: [string, string | null][] = [
  [`https://council.example/budget)${SCRIPT}`, 'https://council.example/budget)%3Cscript%3Ealert(1)%3C/script%3E'],
  ['https://x.example/a"onmouseover="alert(1)', 'https://x.example/a%22onmouseover=%22alert(1)'],
  ["https://x.example/a'onmouseover='alert(1)", "https://x.example/a'onmouseover='alert(1)"],
  ['https://x.example/<img src=x onerror=alert(1)>', 'https://x.example/%3Cimg%20src=x%20onerror=alert(1)%3E'],
  ['https://x.example/a>)<img src=x onerror=alert(1)>', 'https://x.example/a%3E)%3Cimg%20src=x%20onerror=alert(1)%3E'],
  [`https://x.example/a b)${SCRIPT}`, 'https://x.example/a%20b)%3Cscript%3Ealert(1)%3C/script%3E'],
  // A backslash before the parenthesis: escaping only the parenthesis would let it close the link.
  [`https://x.example/?q=a\\)${SCRIPT}`, 'https://x.example/?q=a\\)%3Cscript%3Ealert(1)%3C/script%3E'],
  [`https://x.example/a\\)${SCRIPT}`, 'https://x.example/a/)%3Cscript%3Ealert(1)%3C/script%3E'],
  ['https://x.example/a](javascript:alert(1))', 'https://x.example/a](javascript:alert(1))'],
  ['https://x.example/a(b', 'https://x.example/a(b'],
  ['https://x.example/`<script>`', 'https://x.example/%60%3Cscript%3E%60'],
  ['https://x.example/a*b_c[d]e~f|g', 'https://x.example/a*b_c[d]e~f|g'],
  ['https://x.example/\u202efdp.exe', 'https://x.example/%E2%80%AEfdp.exe'],
  [`https://x.example/\u2028${SCRIPT}`, 'https://x.example/%E2%80%A8%3Cscript%3Ealert(1)%3C/script%3E'],
  ['HTTPS://X.EXAMPLE', 'https://x.example/'],
  [`mailto:a@b.c?body=</a>${SCRIPT}`, 'mailto:a@b.c'],
  [`mailto:a@b.c?subject=Hi</a>${SCRIPT}&attach=/etc/passwd&cc=x@y.z`, 'mailto:a@b.c?subject=Hi%3C/a%3E%3Cscript%3Ealert(1)%3C/script%3E'],
  [`mailto:a@b.c"><script>alert(1)</script>`, null],
  [`https://x.example/a\n)${SCRIPT}`, null],
  ['https://x.example/a\u0000b', null],
  ['https://user:pw@x.example/', null],
  ['javascript:alert(1)', null],
  ['JaVaScRiPt:alert(1)', null],
  ['java\tscript:alert(1)', null],
  [' javascript:alert(1)', null],
  ['javascript&colon;alert(1)', null],
  [`data:text/html,${SCRIPT}`, null],
  ['vbscript:msgbox(1)', null],
  ['file:///etc/passwd', null]
]

/** One paragraph per address, "link N" carrying it, as a document that skipped the schema would. */
function articleWithLinks(): ArticleDocument {
  const article = newArticle({ headline: 'Links' })
  const paragraph = (href: string, index: number): BodyNode => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `link ${index}`, marks: [{ type: 'link', attrs: { href } }] }]
  })
  article.body = { type: 'doc', content: HOSTILE.map(([href], index) => paragraph(href, index)) }
  return article
}

/** The same addresses as they arrive from an HTML (or .docx, via mammoth) import. */
function importedArticle(): ArticleDocument {
  const attribute = (href: string): string => href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  return htmlToArticle(HOSTILE.map(([href], index) => `<p><a href="${attribute(href)}">link ${index}</a></p>`).join('\n'))
}

interface Parsed {
  elements: Set<string>
  attributes: Set<string>
  scripts: number
  /** Each link's text and the address a browser would follow (attribute decoded). */
  links: Map<string, string>
}

function parseHtml(html: string): Parsed {
  const parsed: Parsed = { elements: new Set(), attributes: new Set(), scripts: 0, links: new Map() }
  let href: string | null = null
  let text = ''
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        parsed.elements.add(name)
        if (name === 'script') parsed.scripts++
        for (const attribute of Object.keys(attributes)) parsed.attributes.add(`${name}[${attribute}]`)
        if (name === 'a') {
          href = attributes.href ?? ''
          text = ''
        }
      },
      ontext(chunk) {
        if (href !== null) text += chunk
      },
      onclosetag(name) {
        if (name === 'a' && href !== null) parsed.links.set(text, href)
        if (name === 'a') href = null
      }
    },
    { decodeEntities: true, lowerCaseTags: true }
  )
  parser.write(html)
  parser.end()
  return parsed
}

/** What each format puts in front of a reader, as HTML a browser (or, for Markdown, `marked`) makes of it. */
const RENDERED: Record<ExportFormat, (output: string) => string> = {
  fragment: (output) => output,
  page: (output) => output,
  wordpress: (output) => (JSON.parse(output) as { content: string }).content,
  nitf: (output) => output,
  markdown: (output) => marked.parse(output, { async: false, gfm: true }) as string
}

const EXPECTED_ELEMENTS: Record<ExportFormat, string[]> = {
  fragment: ['a', 'p'],
  page: ['a', 'article', 'head', 'header', 'h1', 'html', 'body', 'meta', 'p', 'script', 'style', 'title'],
  wordpress: ['a', 'p'],
  nitf: ['a', 'block', 'body', 'body.content', 'body.head', 'date.issue', 'docdata', 'head', 'hedline', 'hl1', 'nitf', 'p', 'title'],
  markdown: ['a', 'h1', 'p']
}

// The same safe addresses, compared as a browser would follow them: marked writes `\` as %5C.
const followed = (href: string): string => decodeURI(href)

describe.each([
  ['a document that skipped the schema', articleWithLinks],
  ['an HTML import', importedArticle]
])('hostile link addresses in %s', (_name, make) => {
  const article = make()
  it.each(['fragment', 'page', 'wordpress', 'nitf', 'markdown'] as const)('%s: no script, no handler, only the expected elements, each link where it should go', (format) => {
    const output = exportArticle(article, format, { date: new Date('2026-11-26T12:00:00Z') })
    const html = RENDERED[format](output)
    const parsed = parseHtml(html)
    expect(parsed.scripts, html).toBe(format === 'page' ? 1 : 0)
    if (format === 'page') expect(html).toContain('<script type="application/ld+json">')
    expect([...parsed.attributes].filter((attribute) => /\[on/i.test(attribute)), html).toEqual([])
    expect([...parsed.elements].filter((element) => !EXPECTED_ELEMENTS[format].includes(element)), html).toEqual([])
    HOSTILE.forEach(([raw, expected], index) => {
      const href = parsed.links.get(`link ${index}`)
      if (expected === null) expect(href, `${JSON.stringify(raw)} must lose its link`).toBeUndefined()
      else expect(href === undefined ? undefined : followed(href), JSON.stringify(raw)).toBe(followed(expected))
    })
    expect(html).toContain(`link ${HOSTILE.length - 1}`)
  })
})

describe('a Markdown export read back in', () => {
  it('keeps every safe link exactly, through the Markdown importer', () => {
    const again = markdownToArticle(exportArticle(articleWithLinks(), 'markdown'))
    const hrefs = new Map<string, string>()
    const walk = (node: BodyNode): void => {
      for (const mark of node.marks ?? []) if (mark.type === 'link') hrefs.set(node.text ?? '', mark.attrs.href)
      node.content?.forEach(walk)
    }
    walk(again.body)
    HOSTILE.forEach(([raw, expected], index) => {
      const href = hrefs.get(`link ${index}`)
      expect(href === undefined ? null : followed(href), JSON.stringify(raw)).toBe(expected === null ? null : followed(expected))
    })
  })
})
