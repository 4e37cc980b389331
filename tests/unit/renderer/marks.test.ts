// @vitest-environment happy-dom
import { headlessEditors } from '../../support/headlessEditor'
import { describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { docText, markedQuotes } from '../../../src/renderer/src/editor/docText'
import { articleDocumentSchema, newArticle } from '../../../src/shared/article/document'
import { parseArticleFile, serializeArticleFile } from '../../../src/shared/article/fileFormat'

const editors = headlessEditors()
let editor: Editor
const select = editors.select

function editorWith(html: string): Editor {
  editor = editors.open(html)
  return editor
}

const QUOTE = '“We will win,”'

/** A story with one quote (q-1) and its attribution (a-1), both Jane Doe's (s-jane). */
function quoteWithAttribution(): void {
  editorWith(`<p>${QUOTE} Jane Doe said.</p>`)
  select(QUOTE)
  editor.commands.setQuote({ sourceId: 's-jane', kind: 'direct', id: 'q-1' })
  select('Jane Doe said')
  editor.commands.setAttribution({ sourceId: 's-jane', quoteIds: ['q-1'], id: 'a-1' })
}

describe('Quote and Attribution marks', () => {
  it('mark the selection with source, kind and ids, and render them as data attributes', () => {
    quoteWithAttribution()
    const html = editor.getHTML()
    expect(html).toContain(`<span class="cd-quote cd-colour-`)
    expect(html).toContain('data-quote-id="q-1" data-source-id="s-jane" data-kind="direct">“We will win,”</span>')
    expect(html).toContain('data-attribution-id="a-1" data-source-id="s-jane" data-quote-ids="q-1">Jane Doe said</span>')
    expect(markedQuotes(editor.state.doc)).toEqual([{ id: 'q-1', sourceId: 's-jane', kind: 'direct', from: 1, to: 15, text: QUOTE, reviewable: true }])
  })

  it('survive copy and paste (the HTML the editor writes parses back to the same marks)', () => {
    editorWith(`<p>${QUOTE} Jane Doe said.</p>`)
    select(QUOTE)
    editor.commands.setQuote({ sourceId: 's-jane', kind: 'partial', id: 'q-1' })
    const copied = editor.getHTML()
    const pasted = editorWith('<p></p>')
    pasted.commands.insertContent(copied)
    expect(markedQuotes(pasted.state.doc).map(({ id, sourceId, kind, text }) => ({ id, sourceId, kind, text }))).toEqual([
      { id: 'q-1', sourceId: 's-jane', kind: 'partial', text: QUOTE }
    ])
  })

  it('give a quote pasted again in the same story an id of its own, its pasted attribution following it', () => {
    quoteWithAttribution()
    const copied = editor.getHTML()
    editor.commands.setTextSelection(editor.state.doc.content.size - 1)
    editor.view.pasteHTML(copied)

    const quotes = markedQuotes(editor.state.doc)
    expect(quotes.map((q) => q.text)).toEqual([QUOTE, QUOTE])
    expect(quotes[0]!.id).toBe('q-1')
    expect(quotes[1]!.id).toMatch(/^q-/)
    expect(quotes[1]!.id).not.toBe('q-1')
    const attributions: { id: string; quoteIds: string[] }[] = []
    editor.state.doc.descendants((node) => {
      const mark = node.marks.find((m) => m.type.name === 'attribution')
      if (mark && !attributions.some((a) => a.id === mark.attrs.id)) attributions.push({ id: mark.attrs.id, quoteIds: mark.attrs.quoteIds })
    })
    expect(attributions[0]).toEqual({ id: 'a-1', quoteIds: ['q-1'] })
    expect(attributions[1]!.id).not.toBe('a-1')
    expect(attributions[1]!.quoteIds).toEqual([quotes[1]!.id])

    // One undo takes the paste away, new ids included.
    editor.commands.undo()
    expect(markedQuotes(editor.state.doc).map((q) => q.id)).toEqual(['q-1'])
  })

  it('give a sourced block quote pasted again an id of its own, and leave it alone when text is pasted into it', () => {
    editorWith('<blockquote data-source-id="s-jane" data-block-quote-id="b-1"><p>We will win.</p></blockquote><p>After.</p>')
    const blockIds = (): string[] => {
      const ids: string[] = []
      editor.state.doc.descendants((node) => void (node.type.name === 'blockquote' && ids.push(node.attrs.id as string)))
      return ids
    }
    expect(blockIds()).toEqual(['b-1'])
    const copied = editor.getHTML()
    select('After.')
    editor.view.pasteHTML(copied)
    const [first, second] = blockIds()
    expect(first).toBe('b-1')
    expect(second).toMatch(/^b-/)
    expect(second).not.toBe('b-1')
    select('win')
    editor.view.pasteHTML('<p>prevail</p>')
    expect(blockIds()[0]).toBe('b-1')
  })

  it('keep the ids of a quote pasted into another story', () => {
    editorWith(`<p>${QUOTE} Jane Doe said.</p>`)
    select(QUOTE)
    editor.commands.setQuote({ sourceId: 's-jane', kind: 'direct', id: 'q-1' })
    const copied = editor.getHTML()
    editor.destroy()
    editorWith('<p></p>')
    editor.view.pasteHTML(copied)
    expect(markedQuotes(editor.state.doc).map((q) => q.id)).toEqual(['q-1'])
  })

  it('survive splitting a paragraph inside a quote and joining it again, as one quote', () => {
    editorWith(`<p>“We will win, and we will win again,” she said.</p>`)
    select('“We will win, and we will win again,”')
    editor.commands.setQuote({ sourceId: 's-jane', kind: 'direct', id: 'q-1' })
    select(' and')
    editor.commands.setTextSelection(editor.state.selection.from)
    editor.commands.splitBlock()
    expect(editor.state.doc.childCount).toBe(2)
    const split = markedQuotes(editor.state.doc)
    expect(split).toHaveLength(1)
    expect(split[0]!.text).toBe('“We will win, and we will win again,”')
    editor.commands.joinBackward()
    expect(editor.state.doc.childCount).toBe(1)
    expect(markedQuotes(editor.state.doc)[0]!.text).toBe('“We will win, and we will win again,”')
  })

  it('come and go with undo and redo', () => {
    editorWith(`<p>${QUOTE} she said.</p>`)
    select(QUOTE)
    editor.commands.setQuote({ sourceId: 's-jane', kind: 'direct' })
    expect(markedQuotes(editor.state.doc)).toHaveLength(1)
    editor.commands.undo()
    expect(markedQuotes(editor.state.doc)).toHaveLength(0)
    editor.commands.redo()
    expect(markedQuotes(editor.state.doc)).toHaveLength(1)
  })

  it('do not grow when typing at the end of a quote', () => {
    editorWith(`<p>${QUOTE}</p>`)
    select(QUOTE)
    editor.commands.setQuote({ sourceId: 's-jane', kind: 'direct' })
    editor.commands.setTextSelection(editor.state.doc.content.size - 1)
    editor.commands.insertContent(' she said')
    expect(markedQuotes(editor.state.doc)[0]!.text).toBe(QUOTE)
  })

  it('survive save and open: the editor’s JSON passes the file format and comes back the same', () => {
    editorWith(`<p>${QUOTE} Jane Doe said.</p><blockquote><p>A long statement.</p></blockquote>`)
    select(QUOTE)
    editor.commands.setQuote({ sourceId: 's-jane', kind: 'direct', id: 'q-1' })
    select('A long statement.')
    editor.commands.updateAttributes('blockquote', { sourceId: 's-jane' })
    const document = { ...newArticle(), sources: [{ id: 's-jane', name: 'Jane Doe' }], body: editor.getJSON() }
    const parsed = parseArticleFile(serializeArticleFile(articleDocumentSchema.parse(document)))
    if (!parsed.ok) throw new Error(parsed.problem)
    const reopened = editorWith('<p></p>')
    reopened.commands.setContent(parsed.document.body)
    expect(reopened.getJSON()).toEqual(editor.getJSON())
    expect(markedQuotes(reopened.state.doc).map((q) => [q.kind, q.sourceId])).toEqual([
      ['direct', 's-jane'],
      ['block', 's-jane']
    ])
  })
})

describe('document text for analysis', () => {
  it('separates blocks with a blank line and maps every offset back to its position', () => {
    editorWith('<p>One <strong>two</strong></p><h2>Three</h2><p>Four<br>five</p>')
    const mapping = docText(editor.state.doc)
    expect(mapping.text).toBe('One two\n\nThree\n\nFour\nfive')
    for (const word of ['two', 'Three', 'five']) {
      const offset = mapping.text.indexOf(word)
      const pos = mapping.toPos(offset)
      expect(editor.state.doc.textBetween(pos, pos + word.length)).toBe(word)
    }
  })
})

describe('recognising edits that change marks', () => {
  it('counts adding and removing a quote mark, not typing', async () => {
    const { changesMarks } = await import('../../../src/renderer/src/hooks/useStoryReading')
    editorWith(`<p>${QUOTE} Jane Doe said.</p>`)
    const seen: boolean[] = []
    editor.on('transaction', ({ transaction }) => void seen.push(changesMarks(transaction)))
    select(QUOTE)
    editor.commands.setMark('quote', { id: 'q-9', sourceId: null, kind: 'direct' })
    editor.commands.unsetMark('quote')
    editor.commands.insertContentAt(1, 'Yes. ')
    expect(seen.filter((changed) => changed)).toHaveLength(2)
    expect(seen.at(-1)).toBe(false)
  })
})
