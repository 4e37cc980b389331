// @vitest-environment happy-dom
import { Editor } from '@tiptap/core'
import { afterAll, describe, expect, it } from 'vitest'
import { articleExtensions } from '../../../src/renderer/src/editor/extensions'
import type { BodyNode } from '../../../src/shared/article/body'
import { LINK_REL } from '../../../src/shared/article/links'
import { parseArticleFile } from '../../../src/shared/article/fileFormat'
import { newArticle } from '../../../src/shared/article/document'
import { findExecutable } from '../../support/executableScan'
import { XSS_VECTORS } from '../../support/xssCorpus'

/**
 * What the editor makes of an opened .copydesk file that carries a vector: the body goes through the file
 * schema and then TipTap's schema, and the HTML TipTap renders is what enters the live page. Every vector in
 * every text node and in every link attribute the file format accepts; the rendered HTML is scanned like an
 * export. (The browser journey, with a whole story of vectors opened in Chromium, is in
 * tests/e2e/xss-corpus.spec.ts.)
 */

const editor = new Editor({ extensions: articleExtensions(), injectCSS: false })
afterAll(() => editor.destroy())

type LinkAttrs = { href: string; target?: string | null; rel?: string | null; class?: string | null; title?: string | null }

/** A story body with `text` in every kind of text node, the given link attributes, and an ordered list of `listType`. */
function bodyWith(text: string, link: LinkAttrs, listType: string | null = null): BodyNode {
  const paragraph = (t: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text, marks: [{ type: 'quote', attrs: { id: 'q-1', sourceId: 's-1', kind: 'direct' } }] },
          { type: 'text', text: ` ${text}`, marks: [{ type: 'attribution', attrs: { id: 'a-1', sourceId: 's-1', quoteIds: ['q-1'] } }] },
          // As a file may carry it, allowed or not: the file schema decides.
          { type: 'text', text: ` ${text}`, marks: [{ type: 'link', attrs: link } as never, { type: 'bold' }, { type: 'italic' }] },
          { type: 'hardBreak' },
          { type: 'text', text }
        ]
      },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text)] }] },
      { type: 'orderedList', attrs: { start: 3, type: listType }, content: [{ type: 'listItem', content: [paragraph(text)] }] },
      { type: 'blockquote', attrs: { sourceId: 's-1' }, content: [paragraph(text)] }
    ]
  }
}

/** The body as a .copydesk file would deliver it (refused → null), rendered by the editor. */
function rendered(body: BodyNode): string | null {
  const file = JSON.stringify({ ...newArticle(), body })
  const parsed = parseArticleFile(file)
  if (!parsed.ok) return null
  editor.commands.setContent(parsed.document.body, { emitUpdate: false })
  return editor.getHTML()
}

describe('an opened file’s body in the editor', () => {
  it('renders every vector in every text node and as a link’s title without anything that can run', () => {
    const findings: Record<string, string[]> = {}
    let opened = 0
    for (const vector of XSS_VECTORS) {
      const html = rendered(bodyWith(vector.payload, { href: 'https://example.org/', title: vector.payload }))
      expect(html, `${vector.id} must open: text and a link title take any string`).not.toBeNull()
      opened++
      const found = findExecutable(html!, 'editor')
      if (found.length) findings[vector.id] = found
    }
    expect(opened).toBe(372)
    expect(findings).toEqual({})
  })

  it('renders the quote and link marks with exactly the attributes Copydesk gives them', () => {
    const html = rendered(bodyWith('text', { href: 'https://example.org/' }))!
    expect(html).toContain('<a rel="noopener noreferrer nofollow" href="https://example.org/">')
    expect(html).toMatch(/<span class="cd-quote [^"]*" data-quote-id="q-1" data-source-id="s-1" data-kind="direct">text<\/span>/)
  })

  it('link-attributes-from-file (fixed): a file cannot set a link’s target, rel or class, or a list’s type', () => {
    const href = 'https://example.org/'
    expect(rendered(bodyWith('text', { href, target: '_blank' }))).toBeNull()
    expect(rendered(bodyWith('text', { href, rel: '' }))).toBeNull()
    expect(rendered(bodyWith('text', { href, class: 'cd-quote cd-colour-1' }))).toBeNull()
    expect(rendered(bodyWith('text', { href }, 'javascript:alert(1)'))).toBeNull()
    // What the editor itself saves still opens.
    const html = rendered(bodyWith('text', { href, target: null, rel: LINK_REL, class: null }, 'i'))!
    expect(html).toContain('<a rel="noopener noreferrer nofollow" href="https://example.org/">')
    expect(html).toContain('type="i"')
  })

  it('refuses every vector as a link’s target, rel or class, or a list’s type', () => {
    for (const vector of XSS_VECTORS) {
      for (const link of [{ target: vector.payload }, { rel: vector.payload }, { class: vector.payload }]) {
        expect(rendered(bodyWith('text', { href: 'https://example.org/', ...link })), vector.id).toBeNull()
      }
      expect(rendered(bodyWith('text', { href: 'https://example.org/' }, vector.payload)), vector.id).toBeNull()
    }
  })
})
