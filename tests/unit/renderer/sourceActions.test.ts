// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { mergeSources } from '../../../src/shared/article/mergeSources'
import { newSource } from '../../../src/shared/article/sources'
import { articleExtensions } from '../../../src/renderer/src/editor/extensions'
import { retargetSource, sourceUses } from '../../../src/renderer/src/sources/sourceUses'

let editor: Editor
afterEach(() => editor.destroy())

describe('sources in the story', () => {
  it('counts each quote, attribution and sourced block quote once, even split by bold', () => {
    editor = new Editor({
      extensions: articleExtensions(),
      injectCSS: false,
      content:
        '<p><span data-quote-id="q-1" data-source-id="s-a">“We <strong>will</strong> win,”</span> <span data-attribution-id="a-1" data-source-id="s-a">she said</span>.</p>' +
        '<blockquote data-source-id="s-a" data-block-quote-id="q-b"><p>A letter.</p></blockquote><p><span data-quote-id="q-2" data-source-id="s-b">“No.”</span></p>'
    })
    expect(sourceUses(editor.state.doc, 's-b')).toBe(1)
    expect(sourceUses(editor.state.doc, 's-a')).toBe(3)
    expect(sourceUses(editor.state.doc, 's-none')).toBe(0)
  })

  it('moves every quote of one source to another in one undoable step', () => {
    editor = new Editor({ extensions: articleExtensions(), injectCSS: false, content: '<p><span data-quote-id="q-1" data-source-id="s-a">“We <strong>will</strong> win,”</span> and <span data-quote-id="q-2" data-source-id="s-b">“no.”</span></p>' })
    const before = sourceUses(editor.state.doc, 's-a')
    editor.view.dispatch(retargetSource(editor.state.tr, 's-a', 's-b'))
    expect(sourceUses(editor.state.doc, 's-a')).toBe(0)
    expect(sourceUses(editor.state.doc, 's-b')).toBe(before + 1)
    // The quote keeps its id and kind, and the bold inside it.
    const will = (editor.getJSON().content![0]!.content as { text?: string; marks?: unknown[] }[]).find((node) => node.text === 'will')!
    expect(will.marks).toEqual(expect.arrayContaining([{ type: 'bold' }, { type: 'quote', attrs: { id: 'q-1', sourceId: 's-b', kind: 'direct' } }]))
    editor.commands.undo()
    expect(sourceUses(editor.state.doc, 's-a')).toBe(before)
  })
})

describe('mergeSources', () => {
  it('keeps one source, with the other’s names as aliases and its contact notes; the other leaves the list', () => {
    const kept = { ...newSource({ name: 'Dmitry Peskov', role: 'Kremlin spokesman', aliases: ['Peskov'], contactNotes: 'office line' }), id: 's-a' }
    const merged = { ...newSource({ name: 'Dmitri Peskov', role: 'press secretary', aliases: ['Peskov', 'the spokesman'], contactNotes: 'mobile' }), id: 's-b' }
    const other = { ...newSource({ name: 'Jane Doe' }), id: 's-c' }
    const result = mergeSources([kept, merged, other], 's-b', 's-a')
    expect(result.map((s) => s.id)).toEqual(['s-a', 's-c'])
    expect(result[0]).toMatchObject({ name: 'Dmitry Peskov', role: 'Kremlin spokesman', aliases: ['Peskov', 'Dmitri Peskov', 'the spokesman'], contactNotes: 'office line\nmobile' })
  })
})
