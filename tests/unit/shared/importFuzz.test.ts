import { getSchema } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articleExtensions } from '../../../src/renderer/src/editor/extensions'
import { articleDocumentSchema } from '../../../src/shared/article/document'
import { parseArticleFile, serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { htmlToArticle } from '../../../src/shared/import/html'
import { ImportLimits } from '../../../src/shared/import/limits'

/** The editor's own ProseMirror schema: what it refuses, it cannot load (a [bold, bold] mark set, a list holding a paragraph). */
const editorSchema = getSchema(articleExtensions())

const TAGS = ['constructor', '__proto__', 'p', 'div', 'span', 'b', 'strong', 'i', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h6', 'br', 'table', 'td', 'pre', 'img', 'script', 'svg', 'nav', 'title', 'head', 'body']
const HREFS = ['https://example.org/a', 'mailto:desk@example.org', 'javascript:alert(1)', ' https://example.org/b ', 'https://exa mple.org', '']
const attribute = fc.oneof(
  fc.constantFrom(...HREFS).map((href) => ` href="${href}"`),
  fc.integer({ min: -5, max: 200_000 }).map((start) => ` start="${start}"`),
  fc.constantFrom(' onclick="alert(1)"', ' style="color:red"', ' class=x', ' __proto__="1"', ' href', ' href=unquoted')
)
const openTag = (tags: string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...tags), fc.array(attribute, { maxLength: 2 }), fc.nat(5).map((n) => n === 0)).map(([tag, attributes, selfClosing]) => `<${tag}${attributes.join('')}${selfClosing ? '/' : ''}>`)
const token = fc.oneof(
  { weight: 3, arbitrary: openTag(TAGS) },
  { weight: 3, arbitrary: openTag(['b', 'strong', 'i', 'em', 'a']) },
  { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((tag) => `</${tag}>`) },
  { weight: 4, arbitrary: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(' ', '\n\t ', '&amp;', '&nbsp;', '&#x1F600;', '“quoted,” she said', '<!-- c -->', '<![CDATA[x]]>')) }
)
/** Tag soup: random nesting, unclosed and stray tags, and now and then one tag repeated far past the depth limit. */
const html = fc.oneof(
  { weight: 5, arbitrary: fc.array(token, { maxLength: 80 }).map((tokens) => tokens.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('<blockquote>', '<ul><li>', '<ol><li>', '<li>', '<b><i>', '<div><ul>'), fc.integer({ min: 20, max: 400 }), fc.string({ maxLength: 8 })).map(([open, times, text]) => `${open.repeat(times)}${text}x`) }
)

describe('the HTML importer, on random HTML', () => {
  it('finishes quickly with an article that save accepts, the editor loads, and a file round-trips', () => {
    fc.assert(
      fc.property(html, (input) => {
        const started = performance.now()
        const article = htmlToArticle(input)
        expect(performance.now() - started).toBeLessThan(1000)
        expect(articleDocumentSchema.safeParse(article).error?.issues[0]).toBeUndefined()
        expect(() => Node.fromJSON(editorSchema, article.body).check()).not.toThrow()
        const file = serializeArticleFile(article)
        expect(parseArticleFile(file)).toEqual({ ok: true, document: article })
        // The import counts at most what the file holds: an article that fits the limit is never refused.
        expect(() => htmlToArticle(input, new ImportLimits(new TextEncoder().encode(file).length))).not.toThrow()
      }),
      { numRuns: 1000 }
    )
  }, 30_000)
})
