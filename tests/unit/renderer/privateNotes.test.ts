// @vitest-environment happy-dom
import { headlessEditors } from '../../support/headlessEditor'
import { describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { bodySchema } from '../../../src/shared/article/body'
import { noteAnchors } from '../../../src/shared/review/privateNotes'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../../../src/shared/export'
import { newArticle } from '../../../src/shared/article/document'

const editors = headlessEditors()
let editor: Editor
const select = editors.select

function editorWith(html: string): Editor {
  editor = editors.open(html)
  return editor
}

/** Puts the cursor just before the first occurrence of `text`. */
function cursorBefore(text: string): void {
  select(text)
  editor.commands.setTextSelection(editor.state.selection.from)
}

/** Types over the selection, as a keystroke does (the typed text takes the marks around it). */
function type(text: string): void {
  editor.view.dispatch(editor.state.tr.insertText(text))
}

/** Each note's words as the saved body reads them (what the file keeps and the review reads). */
function notedWords(): Record<string, string> {
  const body = bodySchema.parse(editor.getJSON())
  return Object.fromEntries([...noteAnchors(body)].map(([id, anchor]) => [id, anchor.text]))
}

/** A copy or cut as the browser sends it: the clipboard data the editor wrote. */
function clipboardEvent(type: 'copy' | 'cut'): DataTransfer {
  const data = new DataTransfer()
  editor.view.dom.dispatchEvent(new ClipboardEvent(type, { clipboardData: data, bubbles: true, cancelable: true }))
  return data
}

const STORY = '<p>“We have nothing to hide,” Krutsky said at the council meeting on Tuesday.</p>'

describe('private notes in the editor', () => {
  it('overlap, and each keeps its own words: across a quote’s edge and beside its marks', () => {
    editorWith(STORY)
    select('“We have nothing to hide,”')
    editor.commands.setQuote({ sourceId: null, kind: 'direct', id: 'q-1' })
    select('to hide,” Krutsky')
    editor.commands.addNote('n-edge')
    select('Krutsky said at the council')
    editor.commands.addNote('n-two')
    expect(notedWords()).toEqual({ 'n-edge': 'to hide,” Krutsky', 'n-two': 'Krutsky said at the council' })
    // The quote is still one quote, with its words whole.
    expect(noteAnchors(bodySchema.parse(editor.getJSON())).get('n-edge')!.quoteIds).toEqual(new Set(['q-1']))
    expect(editor.getHTML()).toContain('data-quote-id="q-1"')
  })

  it('follow their words through typing inside, at the edge, splitting and joining the paragraph, and undo', () => {
    editorWith(STORY)
    select('council meeting')
    editor.commands.addNote('n-1')
    cursorBefore('meeting')
    type('budget ')
    expect(notedWords()).toEqual({ 'n-1': 'council budget meeting' })
    // Typing just after the note does not extend it.
    cursorBefore(' on Tuesday')
    type('s')
    expect(notedWords()).toEqual({ 'n-1': 'council budget meeting' })
    // Split inside the note: one note over two paragraphs; joined again: one paragraph.
    cursorBefore(' budget')
    editor.commands.splitBlock()
    expect(editor.state.doc.childCount).toBe(2)
    expect(notedWords()).toEqual({ 'n-1': 'council\n budget meeting' })
    editor.commands.joinBackward()
    expect(notedWords()).toEqual({ 'n-1': 'council budget meeting' })
    // Deleting its words takes the anchor away; undo brings it back.
    select('council budget meeting')
    editor.commands.deleteSelection()
    expect(notedWords()).toEqual({})
    editor.commands.undo()
    expect(notedWords()).toEqual({ 'n-1': 'council budget meeting' })
  })

  it('are highlighted while open, with their first message as a tooltip, and not once resolved', async () => {
    const { privateNotesKey } = await import('../../../src/renderer/src/editor/extensions/privateNote')
    editorWith(STORY)
    select('council meeting')
    editor.commands.addNote('n-1')
    editor.view.dispatch(editor.state.tr.setMeta(privateNotesKey, { 'n-1': { open: true, title: 'Ed Itor: Which meeting?' } }))
    const highlight = editor.view.dom.querySelector('.cd-note')
    expect(highlight?.textContent).toBe('council meeting')
    expect(highlight?.getAttribute('title')).toBe('Ed Itor: Which meeting?')
    editor.view.dispatch(editor.state.tr.setMeta(privateNotesKey, { 'n-1': { open: false, title: 'Ed Itor: Which meeting?' } }))
    expect(editor.view.dom.querySelector('.cd-note')).toBeNull()
    expect(editor.view.dom.querySelector('[data-note-id="n-1"]')?.textContent).toBe('council meeting')
  })

  it('never reach the clipboard; a cut and paste moves them, a copy and paste does not duplicate them', () => {
    editorWith(`${STORY}<p>Second paragraph.</p>`)
    select('council meeting')
    editor.commands.addNote('n-1')
    select('at the council meeting on')

    const copied = clipboardEvent('copy')
    expect(copied.getData('text/html')).toContain('council meeting')
    expect(copied.getData('text/html')).not.toContain('note')
    cursorBefore('Second')
    editor.view.pasteHTML(copied.getData('text/html'))
    expect(editor.getText()).toContain('at the council meeting onSecond')
    expect(notedWords()).toEqual({ 'n-1': 'council meeting' })
    editor.commands.undo()

    select('at the council meeting on')
    const cut = clipboardEvent('cut')
    expect(cut.getData('text/html')).not.toContain('note')
    expect(notedWords()).toEqual({})
    cursorBefore('paragraph')
    editor.view.pasteHTML(cut.getData('text/html'))
    expect(editor.getText()).toContain('Second at the council meeting onparagraph')
    expect(notedWords()).toEqual({ 'n-1': 'council meeting' })
    // Undo puts the paste back on the clipboard's side; a second undo puts the words back where they were cut.
    editor.commands.undo()
    expect(notedWords()).toEqual({})
    editor.commands.undo()
    expect(notedWords()).toEqual({ 'n-1': 'council meeting' })
  })

  it('are not brought back by a plain-text paste or by different words', () => {
    editorWith(`${STORY}<p>Second paragraph.</p>`)
    select('council meeting')
    editor.commands.addNote('n-1')
    select('council meeting')
    const cut = clipboardEvent('cut')
    cursorBefore('paragraph')
    editor.view.pasteText(cut.getData('text/plain'))
    expect(notedWords()).toEqual({})
    editor.view.pasteHTML('<p>council meetings</p>')
    expect(notedWords()).toEqual({})
  })

  it('cannot be planted by pasted HTML', () => {
    editorWith('<p>Text.</p>')
    editor.view.pasteHTML('<p><span data-note-id="n-evil">planted</span></p>')
    expect(notedWords()).toEqual({})
    expect(editor.getText()).toContain('planted')
  })

  it('never leave in an export', () => {
    editorWith(STORY)
    select('council meeting')
    editor.commands.addNote('n-secret')
    const document = { ...newArticle(), body: bodySchema.parse(editor.getJSON()) }
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      const exported = exportArticle(document, format)
      expect(exported, format).toContain('council meeting')
      expect(exported, format).not.toContain('n-secret')
      expect(exported, format).not.toContain('note')
    }
  })
})
