import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importFile } from '../../../src/node/importFile'
import { articleDocumentSchema } from '../../../src/shared/article/document'
import { bodyText } from '../../../src/shared/article/stats'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../../../src/shared/export'
import { dropNonStoryLines } from '../../../src/shared/import/cleanup'
import { htmlToArticle } from '../../../src/shared/import/html'
import { markdownToArticle } from '../../../src/shared/import/markdown'
import { plainTextToArticle } from '../../../src/shared/import/plainText'
import { HOSTILE_HTML, HOSTILE_SAFE_TEXT, UNSAFE } from '../../fixtures/hostile-html'
import { richArticle } from '../../support/articles'
import { repoRoot, samplePath, tempFolder } from '../../support/paths'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

describe('HTML import', () => {
  it('keeps structure: headline from <h1>, paragraphs, subheads, lists, block quotes, links, bold, italic', () => {
    const article = htmlToArticle(
      '<html><body><h1>Bridge <b>approved</b></h1><p>“Yes,” <strong>she</strong> <em>said</em>. <a href="https://example.org/r">Ruling</a></p><h3>Background</h3><ul><li>one</li><li>two</li></ul><blockquote><p>Quoted.</p></blockquote></body></html>'
    )
    expect(article.meta.headline).toBe('Bridge approved')
    expect(articleDocumentSchema.safeParse(article).success).toBe(true)
    expect(exportArticle(article, 'fragment')).toBe(
      '<p>“Yes,” <strong>she</strong> <em>said</em>. <a href="https://example.org/r">Ruling</a></p>\n<h3>Background</h3>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<blockquote>\n<p>Quoted.</p>\n</blockquote>\n'
    )
  })

  it('lets nothing unsafe through from hostile HTML, into the document or any export', () => {
    const article = htmlToArticle(HOSTILE_HTML)
    expect(articleDocumentSchema.safeParse(article).success).toBe(true)
    const serialized = JSON.stringify(article)
    expect(serialized).not.toMatch(/javascript|vbscript|data:text|file:|onerror|onclick|__pwned|<script/i)
    for (const words of HOSTILE_SAFE_TEXT) expect(bodyText(article.body)).toContain(words)
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      expect(exportArticle(article, format), format).not.toMatch(UNSAFE)
    }
  })
})

describe('Markdown import', () => {
  it('reads CommonMark into the article', () => {
    const article = markdownToArticle('# Bridge approved\n\n“Yes,” **she** said.\n\n## Background\n\n- one\n- two\n\n> Quoted.\n\n[report](https://example.org/r) and [bad](javascript:alert(1))\n')
    expect(article.meta.headline).toBe('Bridge approved')
    expect(bodyText(article.body)).toBe('“Yes,” she said.\nBackground\none\ntwo\nQuoted.\nreport and bad')
    expect(JSON.stringify(article)).not.toContain('javascript')
  })

  it('round-trips: importing the Markdown export keeps the text', () => {
    for (const article of [richArticle(), plainTextToArticle(readFileSync(samplePath, 'utf8'))]) {
      const again = markdownToArticle(exportArticle(article, 'markdown'))
      expect(again.meta.headline).toBe(article.meta.headline)
      // The export puts dek, byline and dateline above the body; the body text follows them unchanged.
      expect(bodyText(again.body)).toContain(bodyText(article.body))
    }
  })
})

describe('import from a file', () => {
  it('reads a Word document with mammoth', async () => {
    const article = await importFile(join(repoRoot, 'tests/fixtures/import/harbour-bridge.docx'))
    expect(article.meta.headline).toBe('Harbour bridge approved')
    expect(exportArticle(article, 'fragment')).toContain('<p>“We have waited long enough,” <strong>the mayor</strong> said. <em>Opponents</em> will appeal; see <a href="https://example.org/ruling">the ruling</a>.</p>\n<h2>Background</h2>')
  })

  it('drops a javascript: hyperlink from a Word document and keeps its text', async () => {
    const article = await importFile(join(repoRoot, 'tests/fixtures/import/hostile-link.docx'))
    expect(JSON.stringify(article)).not.toContain('javascript')
    expect(bodyText(article.body)).toContain('will appeal; see the ruling.')
  })

  it('reads text exactly as the plain-text importer does, and never changes the file', async () => {
    const path = join(dir, 'story.txt')
    const text = readFileSync(samplePath, 'utf8')
    await writeFile(path, text)
    expect(await importFile(path)).toEqual(plainTextToArticle(text))
    expect(readFileSync(path, 'utf8')).toBe(text)
  })

  it.each([
    ['story.pdf', 'x', 'Copydesk imports .txt, .html, .md and .docx files'],
    ['broken.docx', 'not a zip', 'it is not a Word document that can be read'],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'it is not UTF-8 text']
  ])('explains why %s cannot be imported', async (name, bytes, problem) => {
    const path = join(dir, name)
    await writeFile(path, bytes)
    await expect(importFile(path)).rejects.toThrow(`Could not import “${name}”: ${problem}`)
  })
})

describe('web-scrape cleanup', () => {
  it('drops exactly the flagged lines when asked, keeping every line of the story', () => {
    const article = plainTextToArticle(readFileSync(samplePath, 'utf8'))
    const cleaned = bodyText(dropNonStoryLines(article).body)
    for (const gone of ['Leave a Reply', 'Your email address', 'Social Share Buttons', 'Putin\'s autograph']) expect(cleaned).not.toContain(gone)
    expect(cleaned).toContain('including in the electoral processes.\nAccording to him, Russia expressed readiness')
    expect(cleaned.split('\n')).toHaveLength(bodyText(article.body).split('\n').length - 4)
  })
})

describe('hostile Markdown', () => {
  it('drops raw HTML tricks and unsafe links', () => {
    const article = markdownToArticle(`# Title\n\n${HOSTILE_HTML}\n\n[x](javascript:alert(1)) <javascript:alert(2)> ![img](x "t")\n`)
    // "javascript:alert(2)" may survive as visible text; it must never become a link.
    expect(JSON.stringify(article)).not.toMatch(/"href":"(?!https?:|mailto:)|onerror|__pwned|<script/i)
    expect(JSON.stringify(article)).not.toContain('"type":"image"')
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) expect(exportArticle(article, format), format).not.toMatch(UNSAFE)
  })
})
