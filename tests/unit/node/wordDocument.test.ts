import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { bodyText } from '../../../src/shared/article/stats'
import { importBytes } from '../../../src/node/importFile'
import { repoRoot } from '../../support/paths'

/** The harbour-bridge fixture with a picture after its text, as Word writes one. */
async function withPicture(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(join(repoRoot, 'tests/fixtures/import/harbour-bridge.docx')))
  const edit = async (name: string, change: (text: string) => string): Promise<void> => void zip.file(name, change(await zip.file(name)!.async('string')))
  await edit('word/_rels/document.xml.rels', (text) => text.replace('</Relationships>', '<Relationship Id="rIdPicture" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>'))
  await edit('[Content_Types].xml', (text) => text.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'))
  await edit('word/document.xml', (text) =>
    text.replace(
      '</w:body>',
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture 1" descr="The bridge"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rIdPicture"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r><w:r><w:t>Caption after the picture.</w:t></w:r></w:p></w:body>'
    )
  )
  zip.file('word/media/image1.png', Buffer.alloc(100_000, 1))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

describe('Word documents with pictures', () => {
  // Only the XML parts are unpacked for mammoth; it must still find everything it needs without the picture.
  it('imports the text around a picture, and no picture', async () => {
    const article = await importBytes('pictured.docx', await withPicture())
    expect(bodyText(article.body)).toContain('The crossing was first proposed in 2015.\nCaption after the picture.')
    expect(JSON.stringify(article)).not.toContain('image')
  })
})
