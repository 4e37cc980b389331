import { Tokenizer } from 'htmlparser2'

export interface ElementHandler {
  /** An element opens; every open is followed by exactly one close, innermost first. */
  open(name: string, attributes: Record<string, string>): void
  close(name: string): void
  /** Text, entities decoded; one run of text may come in several pieces. */
  text(text: string): void
}

/** Elements that never have content or a close tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

const P = new Set(['p'])
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'])
/**
 * An opening tag that first closes these elements while one of them is the innermost open (htmlparser2's
 * table). A Map, so that a tag named "constructor" finds nothing.
 */
const CLOSES_FIRST = new Map<string, Set<string>>([
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'].map((name): [string, Set<string>] => [name, P]),
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name): [string, Set<string>] => [name, HEADINGS]),
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])]
])

/**
 * Walks HTML, calling `handler` as elements open and close the way htmlparser2's Parser reports them (implied
 * closes, void and self-closing elements, a close tag closing everything opened inside it), from the same
 * Tokenizer. The Parser itself keeps its open elements in an array it grows with `unshift` and searches with
 * `indexOf`, so unclosed or deeply nested tags cost time quadratic in their number: 1 MB of `<b>x` took 34 s,
 * 2.5 MB of nested `<blockquote>` 16 s. Here the open elements are a stack with a count per name, and every
 * step is O(1) amortised: an open pushes, a close tag whose element is not open is skipped on its count, and
 * one that is pops only what it closes.
 */
export function walkHtml(html: string, handler: ElementHandler): void {
  const open: string[] = []
  const openCount = new Map<string, number>()
  let name = ''
  let attributes: Record<string, string> = {}
  let attributeName = ''
  let attributeValue = ''

  const slice = (start: number, end: number): string => html.slice(start, end)
  const pop = (): void => {
    const closed = open.pop()!
    openCount.set(closed, openCount.get(closed)! - 1)
    handler.close(closed)
  }
  const startTag = (selfClosing: boolean): void => {
    const closesFirst = CLOSES_FIRST.get(name)
    if (closesFirst) while (open.length > 0 && closesFirst.has(open.at(-1)!)) pop()
    handler.open(name, attributes)
    if (selfClosing || VOID_ELEMENTS.has(name)) return handler.close(name)
    open.push(name)
    openCount.set(name, (openCount.get(name) ?? 0) + 1)
  }
  const emptyElement = (element: string): void => {
    handler.open(element, {})
    handler.close(element)
  }

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        name = slice(start, end).toLowerCase()
        // No prototype: an attribute named __proto__ is just an attribute.
        attributes = Object.create(null) as Record<string, string>
      },
      onattribname(start, end) {
        attributeName = slice(start, end).toLowerCase()
      },
      onattribdata(start, end) {
        attributeValue += slice(start, end)
      },
      onattribentity(codepoint) {
        attributeValue += String.fromCodePoint(codepoint)
      },
      onattribend() {
        // The first of two attributes with one name wins, as in browsers.
        if (!(attributeName in attributes)) attributes[attributeName] = attributeValue
        attributeValue = ''
      },
      onopentagend() {
        startTag(false)
      },
      onselfclosingtag() {
        startTag(true)
      },
      onclosetag(start, end) {
        const closing = slice(start, end).toLowerCase()
        if (VOID_ELEMENTS.has(closing)) {
          // Browsers read a stray </br> as <br>.
          if (closing === 'br') emptyElement('br')
        } else if (openCount.get(closing)) {
          while (open.at(-1) !== closing) pop()
          pop()
        } else if (closing === 'p') {
          // And a </p> with no <p> open as an empty paragraph.
          emptyElement('p')
        }
      },
      ontext(start, end) {
        handler.text(slice(start, end))
      },
      ontextentity(codepoint) {
        handler.text(String.fromCodePoint(codepoint))
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {
        while (open.length > 0) pop()
      }
    }
  )
  tokenizer.write(html)
  tokenizer.end()
}
