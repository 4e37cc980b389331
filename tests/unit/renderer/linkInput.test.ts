// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor, type JSONContent } from '@tiptap/core'
import { articleExtensions } from '../../../src/renderer/src/editor/extensions'
import { sanitizePastedHtml } from '../../../src/renderer/src/editor/sanitizePaste'
import { articleDocumentSchema, newArticle } from '../../../src/shared/article/document'

let editor: Editor
afterEach(() => editor?.destroy())

/** Each linked text and its address in the editor's document. */
function links(doc: JSONContent): [string, string][] {
  const found: [string, string][] = []
  const walk = (node: JSONContent): void => {
    for (const mark of node.marks ?? []) if (mark.type === 'link') found.push([node.text ?? '', mark.attrs?.href as string])
    node.content?.forEach(walk)
  }
  walk(doc)
  return found
}

describe('links pasted into the editor', () => {
  it('are kept in normalised form, mailto with only its address and subject; the rest lose the link and keep the text', () => {
    editor = new Editor({ extensions: articleExtensions(), content: '<p></p>', injectCSS: false })
    const html = [
      '<a href="https://example.com">plain</a>',
      '<a href="mailto:desk@example.org?attach=/etc/passwd&amp;cc=boss@x.example&amp;subject=Tip">mail</a>',
      '<a href=" https://x.example/a report.pdf ">spaced</a>',
      '<a href="https://council.example/budget)<script>alert(1)</script>">hostile</a>',
      '<a href="https:\\\\evil.example/">backslashed</a>',
      '<a href="javascript:alert(1)">script</a>'
    ].join(' ')
    editor.view.pasteHTML(sanitizePastedHtml(`<p>${html}</p>`))
    const doc = editor.getJSON()
    expect(links(doc)).toEqual([
      ['plain', 'https://example.com/'],
      ['mail', 'mailto:desk@example.org?subject=Tip'],
      ['spaced', 'https://x.example/a%20report.pdf'],
      ['hostile', 'https://council.example/budget)%3Cscript%3Ealert(1)%3C/script%3E']
    ])
    expect(editor.getText()).toContain('backslashed script')
    // What paste made, save accepts.
    expect(articleDocumentSchema.safeParse({ ...newArticle(), body: doc }).success).toBe(true)
  })
})
