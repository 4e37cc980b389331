// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { articleExtensions } from '../../../src/renderer/src/editor/extensions'
import { docText } from '../../../src/renderer/src/editor/docText'
import { bodyText } from '../../../src/shared/article/stats'
import { analyzeText } from '../../../src/shared/analysis'
import type { BodyNode } from '../../../src/shared/article/body'

let editor: Editor
afterEach(() => editor?.destroy())

const paragraph = (text?: string): BodyNode => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' })

// The app analyses the editor's text; the CLI (analyze, import --clean) the file's. Offsets must agree.
describe('the body as plain text, in the editor and in the file', () => {
  it.each([
    ['a leading empty paragraph', [paragraph(), paragraph('“We will build it,” the mayor said.')]],
    ['empty paragraphs between and after', [paragraph('First.'), paragraph(), paragraph(), paragraph('“Yes,” she said.'), paragraph()]],
    [
      'a subhead, a list and a hard break',
      [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Vote' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('One')] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'A' }, { type: 'hardBreak' }, { type: 'text', text: 'B' }] }
      ]
    ]
  ] as [string, BodyNode[]][])('is the same text with %s', (_name, content) => {
    const body: BodyNode = { type: 'doc', content }
    editor = new Editor({ extensions: articleExtensions(), content: body, injectCSS: false })
    const inEditor = docText(editor.state.doc).text
    expect(bodyText(body, '\n\n')).toBe(inEditor)
    expect(analyzeText(bodyText(body, '\n\n')).quotes.map((q) => q.start)).toEqual(analyzeText(inEditor).quotes.map((q) => q.start))
  })
})
