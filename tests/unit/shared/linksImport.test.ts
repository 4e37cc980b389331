import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../src/shared/article/body'
import type { ArticleDocument } from '../../../src/shared/article/document'
import { importBytes } from '../../../src/node/importFile'
import { repoRoot } from '../../support/paths'

const HOSTILE_MAILTO = 'mailto:desk@example.org?attach=/etc/passwd&cc=boss@x.example&bcc=spy@x.example&subject=Tip&body=Hello'

/** Each linked text and its address, in document order. */
function links(article: ArticleDocument): [string, string][] {
  const found: [string, string][] = []
  const walk = (node: BodyNode): void => {
    for (const mark of node.marks ?? []) if (mark.type === 'link') found.push([node.text ?? '', mark.attrs.href])
    node.content?.forEach(walk)
  }
  walk(article.body)
  return found
}

/** The harbour-bridge Word fixture with its one hyperlink pointing at `target`. */
async function docxLinkingTo(target: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(join(repoRoot, 'tests/fixtures/import/harbour-bridge.docx')))
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string')
  const attribute = target.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  zip.file('word/_rels/document.xml.rels', rels.replace('Target="https://example.org/ruling"', `Target="${attribute}"`))
  return zip.generateAsync({ type: 'nodebuffer' })
}

describe('links that come in through import', () => {
  it('a mailto link from an HTML file keeps only its address and subject', async () => {
    const html = `<p><a href="${HOSTILE_MAILTO.replace(/&/g, '&amp;')}">write</a> or <a href="https://example.com">visit</a> or <a href=" https://x.example/a report.pdf ">read</a></p>`
    expect(links(await importBytes('story.html', Buffer.from(html)))).toEqual([
      ['write', 'mailto:desk@example.org?subject=Tip'],
      ['visit', 'https://example.com/'],
      ['read', 'https://x.example/a%20report.pdf']
    ])
  })

  it('a mailto link from a Word document keeps only its address and subject', async () => {
    expect(links(await importBytes('story.docx', await docxLinkingTo(HOSTILE_MAILTO)))).toEqual([['the ruling', 'mailto:desk@example.org?subject=Tip']])
  })

  it('a mailto link from a Markdown file keeps only its address and subject', async () => {
    const markdown = `[write](${HOSTILE_MAILTO}) and <https://example.com>`
    expect(links(await importBytes('story.md', Buffer.from(markdown)))).toEqual([
      ['write', 'mailto:desk@example.org?subject=Tip'],
      ['https://example.com', 'https://example.com/']
    ])
  })

  it('a Word hyperlink that is written as one host and goes to another is dropped, its text kept', async () => {
    const article = await importBytes('story.docx', await docxLinkingTo('https:\\\\evil.example/ruling'))
    expect(links(article)).toEqual([])
    expect(JSON.stringify(article.body)).toContain('the ruling')
  })
})
