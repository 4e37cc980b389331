import { describe, expect, it } from 'vitest'
import { MAX_BODY_DEPTH, type BodyNode } from '../../../src/shared/article/body'
import { articleDocumentSchema, type ArticleDocument } from '../../../src/shared/article/document'
import { bodyText } from '../../../src/shared/article/stats'
import { htmlToArticle } from '../../../src/shared/import/html'
import { ImportLimits, ImportRefusedError } from '../../../src/shared/import/limits'
import { markdownToArticle } from '../../../src/shared/import/markdown'

/** How deep a body goes: the doc is level 0, as in the schema. */
function depthOf(node: BodyNode): number {
  return 1 + Math.max(-1, ...(node.content ?? []).map(depthOf))
}

/** Imports `html`, timing it; the result must be an article that save accepts. */
function timedImport(html: string, limits = new ImportLimits()): { article: ArticleDocument; ms: number } {
  const started = performance.now()
  const article = htmlToArticle(html, limits)
  const ms = performance.now() - started
  const parsed = articleDocumentSchema.safeParse(article)
  expect(parsed.error?.issues[0]).toBeUndefined()
  return { article, ms }
}

describe('inline formatting, as browsers collapse it', () => {
  it('imports <b>a <b>b</b></b> as one bold text, not a bold inside a bold', () => {
    const { article } = timedImport('<p><b>a <b>b</b></b> c</p>')
    expect(article.body.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'a b', marks: [{ type: 'bold' }] }, { type: 'text', text: ' c' }] }
    ])
  })

  it('keeps one mark of each kind when strong, b, em and i nest every way', () => {
    const { article } = timedImport('<p><strong><b><em><i>x</i></em></b></strong><i><em>y</em></i></p>')
    const [first, second] = article.body.content![0]!.content!
    expect(first).toEqual({ type: 'text', text: 'x', marks: [{ type: 'bold' }, { type: 'italic' }] })
    expect(second).toEqual({ type: 'text', text: 'y', marks: [{ type: 'italic' }] })
  })

  // 40 KB of unclosed <b> took 33 s and failed with "Invalid string length"; 20 KB took 2.6 GB.
  it.each([5_000, 10_000, 250_000])('imports <b>x repeated %i times, unclosed, in linear time', (times) => {
    const { article, ms } = timedImport('<b>x'.repeat(times))
    expect(article.body.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(times), marks: [{ type: 'bold' }] }] }])
    expect(ms).toBeLessThan(3000)
  })

  it('stays linear when close tags match nothing that is open', () => {
    const { article, ms } = timedImport(`${'<div><span>'.repeat(50_000)}story${'</x>'.repeat(100_000)}`)
    expect(bodyText(article.body)).toBe('story')
    expect(ms).toBeLessThan(3000)
  })
})

describe('nesting deeper than an article may hold', () => {
  it('flattens block quotes nested 40 deep to the limit, keeping the text, and counts the levels flattened', () => {
    const limits = new ImportLimits()
    const { article } = timedImport(`${'<blockquote>'.repeat(40)}<p>deep</p>${'</blockquote>'.repeat(40)}<p>after</p>`, limits)
    expect(depthOf(article.body)).toBe(MAX_BODY_DEPTH)
    expect(bodyText(article.body)).toBe('deep\nafter')
    expect(article.body.content!.at(-1)).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'after' }] })
    expect(limits.flattenedLevels).toBe(40 - (MAX_BODY_DEPTH - 2))
    expect(limits.notice()).toBe('Flattened 10 levels of nesting (lists or block quotes inside each other) deeper than an article can hold.')
  })

  it('flattens lists nested 40 deep, every item kept in order', () => {
    const limits = new ImportLimits()
    const items = Array.from({ length: 40 }, (_, i) => `<ul><li>item ${i}`).join('')
    const { article } = timedImport(items, limits)
    expect(depthOf(article.body)).toBeLessThanOrEqual(MAX_BODY_DEPTH)
    expect(bodyText(article.body)).toBe(Array.from({ length: 40 }, (_, i) => `item ${i}`).join('\n'))
    expect(limits.flattenedLevels).toBeGreaterThan(0)
  })

  it('flattens Markdown block quotes nested 40 deep', () => {
    const limits = new ImportLimits()
    const article = markdownToArticle(`${'>'.repeat(40)} deep\n\nafter\n`, limits)
    expect(articleDocumentSchema.safeParse(article).success).toBe(true)
    expect(bodyText(article.body)).toBe('deep\nafter')
    expect(limits.flattenedLevels).toBe(10)
  })

  // marked recursed per level: 10,000 "> " marks overflowed its stack, 1,000 levels of indented list took 47 s.
  it.each([
    ['100,000 block quote marks', `${'>'.repeat(100_000)} deep\n`],
    ['a list 1,000 levels deep', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')],
    ['10,000 list markers on one line', `${'- '.repeat(10_000)}item\n`]
  ])('refuses Markdown with %s at once, saying why', (_name, markdown) => {
    const started = performance.now()
    expect(() => markdownToArticle(markdown)).toThrow(new ImportRefusedError('its lists or block quotes nest too deeply to read'))
    expect(performance.now() - started).toBeLessThan(1000)
  })

  // 1 MB took 12.9 s; 2.5 MB took 104 s and then overflowed the stack.
  it.each([1, 2.5])('imports %s MB of nested block quotes in linear time', (megabytes) => {
    const times = Math.floor((megabytes * 1_000_000) / '<blockquote>'.length)
    const limits = new ImportLimits()
    const { article, ms } = timedImport(`${'<blockquote>'.repeat(times)}deep`, limits)
    expect(bodyText(article.body)).toBe('deep')
    expect(limits.flattenedLevels).toBe(times - (MAX_BODY_DEPTH - 2))
    expect(ms).toBeLessThan(3000)
  })

  it('keeps a heading inside a list item instead of dropping its text', () => {
    const { article } = timedImport('<ul><li>one</li><h2>Heading in a list</h2><li>two</li></ul>')
    expect(bodyText(article.body)).toBe('one\nHeading in a list\ntwo')
  })
})
