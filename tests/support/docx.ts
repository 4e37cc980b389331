import JSZip from 'jszip'
import { xmlSafe } from './xssCorpus'

/** A piece of a Word paragraph: plain text, a hyperlink to an external target, a bookmark link, or a HYPERLINK field. */
export type DocxRun = { text: string } | { text: string; link: string } | { text: string; anchor: string } | { text: string; field: string }
export interface DocxParagraph {
  style?: 'Heading1' | 'Heading2'
  runs: DocxRun[]
}

/** Attribute and text escaping for WordprocessingML; characters XML cannot hold are left out. */
const xml = (text: string): string =>
  xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')

/** Text in a run: tabs and line breaks as Word writes them, so every character of the text reaches mammoth. */
const textRun = (text: string): string =>
  xmlSafe(text)
    .split(/(\t|\r\n|\n|\r)/)
    .map((part) => (part === '\t' ? '<w:r><w:tab/></w:r>' : /^[\r\n]+$/.test(part) ? '<w:r><w:br/></w:r>' : part ? `<w:r><w:t xml:space="preserve">${xml(part)}</w:t></w:r>` : ''))
    .join('')

/**
 * A real .docx (the four parts Word needs) holding `paragraphs`, built in memory. Hyperlinks get external
 * relationships whose Target is the given string exactly, as a hostile document would carry them.
 */
export async function buildDocx(paragraphs: DocxParagraph[]): Promise<Buffer> {
  const relationships: string[] = []
  const body = paragraphs
    .map(({ style, runs }) => {
      const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''
      const content = runs
        .map((run) => {
          if ('link' in run) {
            const id = `rIdLink${relationships.length + 1}`
            relationships.push(
              `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xml(run.link)}" TargetMode="External"/>`
            )
            return `<w:hyperlink r:id="${id}">${textRun(run.text)}</w:hyperlink>`
          }
          if ('anchor' in run) return `<w:hyperlink w:anchor="${xml(run.anchor)}">${textRun(run.text)}</w:hyperlink>`
          if ('field' in run) {
            // A complex field, as Word writes a HYPERLINK field: begin, instruction, separate, result, end.
            const instruction = `<w:r><w:instrText xml:space="preserve">${xml(` HYPERLINK "${run.field}" `)}</w:instrText></w:r>`
            return `<w:r><w:fldChar w:fldCharType="begin"/></w:r>${instruction}<w:r><w:fldChar w:fldCharType="separate"/></w:r>${textRun(run.text)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
          }
          return textRun(run.text)
        })
        .join('')
      return `<w:p>${properties}${content}</w:p>`
    })
    .join('\n')
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
  )
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
  )
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\n${body}\n</w:body></w:document>`
  )
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`
  )
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
