import { Parser } from 'htmlparser2'

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'div', 'section', 'article', 'figcaption', 'td', 'th', 'pre', 'dd', 'dt', 'header', 'footer'])
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object'])

/** The readable text of an HTML page: block elements become paragraphs (blank lines), <br> a line break. */
export function htmlToText(html: string): string {
  const paragraphs: string[] = []
  let current = ''
  let skipping = 0
  const flush = (): void => {
    const text = current.replace(/[ \t\r\f\v]+/g, ' ').replace(/ ?\n ?/g, '\n').trim()
    if (text) paragraphs.push(text)
    current = ''
  }
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++
        else if (BLOCKS.has(name)) flush()
        else if (name === 'br') current += '\n'
      },
      ontext(text) {
        if (!skipping) current += text.replace(/\s+/g, ' ')
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1)
        else if (BLOCKS.has(name)) flush()
      }
    },
    { decodeEntities: true, lowerCaseTags: true }
  )
  parser.write(html)
  parser.end()
  flush()
  return paragraphs.join('\n\n')
}
