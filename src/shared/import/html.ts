import { MAX_BODY_DEPTH, type BodyNode } from '../article/body'
import { newArticle, type ArticleDocument } from '../article/document'
import { normaliseLinkHref } from '../article/links'
import { slugify } from '../article/meta'
import { walkHtml } from './htmlElements'
import { ImportLimits } from './limits'

type Mark = NonNullable<BodyNode['marks']>[number]

/** Elements dropped with everything inside them. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'form', 'button', 'select', 'textarea', 'nav', 'aside', 'footer'])
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'figure', 'figcaption', 'td', 'th', 'dd', 'dt', 'pre', 'address', 'center'])
// Maps, not object literals: a tag named "constructor" must not find Object's.
const HEADINGS = new Map<string, 2 | 3>([['h1', 2], ['h2', 2], ['h3', 3], ['h4', 3], ['h5', 3], ['h6', 3]])
const MARKS = new Map<string, 'bold' | 'italic'>([['strong', 'bold'], ['b', 'bold'], ['em', 'italic'], ['i', 'italic']])
/** More than any headline; the rest of an unclosed <h1> is not kept. */
const MAX_HEADLINE_SOURCE = 1000

// What an open element did, undone when it closes. A number of zero or more is a container element: the
// length the container stack goes back to.
const NOTHING = -1
const BLOCK = -2
const DROP = -3
const BOLD = -4
const ITALIC = -5
const LINK = -6
const HEADLINE = -7

/**
 * HTML (a web page, CMS output, Word or Markdown converted to HTML) to an article. Safe by construction: it
 * emits only the nodes and marks the format allows, keeps links only when they are http, https or mailto,
 * and drops scripts, styles, frames, forms, event handlers and every other attribute. The first <h1>
 * becomes the headline when there is one.
 *
 * Whatever the input, the result is an article save accepts, made in time and memory linear in the input:
 * a text carries at most one mark of each kind (`<b><b>` is bold, as browsers collapse it), mark sets are
 * shared between text nodes rather than copied, lists and block quotes nested deeper than the body's limit
 * go into their parent (counted in `limits.flattenedLevels`), and `limits` stops an import whose article
 * would be larger than a file Copydesk opens.
 */
export function htmlToArticle(html: string, limits = new ImportLimits()): ArticleDocument {
  const article = newArticle()
  const root: BodyNode = { type: 'doc', content: [] }
  /** The containers text goes into, innermost last: never deeper than the body's limit allows. */
  const stack: BodyNode[] = [root]
  const effects: number[] = []
  let textblock: BodyNode | null = null
  /** Whether the textblock holds visible text yet (and so has been counted, and stays). */
  let textblockShown = false
  /** Line breaks waiting for text after them: trailing ones are dropped, so they are only made before text. */
  let pendingBreaks = 0
  /** Whether the next text starts a line or follows a space, so that a space starting it goes. */
  let spaceBefore = true
  let dropping = 0
  let headline: string | null = null
  let inHeadline = false
  let bold = 0
  let italic = 0
  const links: string[] = []
  /** The marks of the text now, shared by every text node made until they change; null when they must be worked out again. */
  let marks: Mark[] | null = []

  const container = (): BodyNode => stack[stack.length - 1]!
  const isList = (node: BodyNode): boolean => node.type === 'bulletList' || node.type === 'orderedList'
  /** Whether `levels` more containers fit, with a paragraph and its text inside the innermost. */
  const fits = (levels: number): boolean => stack.length + levels + 1 <= MAX_BODY_DEPTH
  const pushContainer = (node: BodyNode): void => {
    limits.node()
    container().content!.push(node)
    stack.push(node)
  }
  // Text in a list goes into a list item (ProseMirror's lists hold items only). A list always has room for one.
  const itemIfInList = (): void => {
    if (isList(container())) pushContainer({ type: 'listItem', content: [] })
  }
  const closeTextblock = (): void => {
    if (textblock && !textblockShown) {
      const siblings = container().content!
      if (siblings.at(-1) === textblock) siblings.pop()
    }
    textblock = null
  }
  const openTextblock = (node: BodyNode): BodyNode => {
    closeTextblock()
    // A subhead between list items goes on with the item before it, where it can stand after its paragraph.
    const previousItem = node.type === 'heading' && isList(container()) ? container().content!.at(-1) : undefined
    if (previousItem) stack.push(previousItem)
    else itemIfInList()
    container().content!.push(node)
    textblock = node
    textblockShown = false
    pendingBreaks = 0
    spaceBefore = true
    return node
  }
  const ensureTextblock = (): BodyNode => textblock ?? openTextblock({ type: 'paragraph', content: [] })
  const currentMarks = (): Mark[] => {
    if (marks) return marks
    const set: Mark[] = []
    if (bold) set.push({ type: 'bold' })
    if (italic) set.push({ type: 'italic' })
    if (links.length) set.push({ type: 'link', attrs: { href: links.at(-1)! } })
    return (marks = set)
  }
  const pushText = (text: string): void => {
    if (inHeadline) {
      if ((headline ?? '').length < MAX_HEADLINE_SOURCE) headline = (headline ?? '') + text
      return
    }
    const collapsed = text.replace(/[\s\u00a0]+/g, ' ')
    const visible = collapsed !== ' ' && collapsed !== ''
    if (!visible && !textblock) return
    const block = ensureTextblock()
    const content = block.content!
    if (visible) {
      if (!textblockShown) limits.node()
      textblockShown = true
      for (; pendingBreaks > 0; pendingBreaks--) {
        limits.node()
        content.push({ type: 'hardBreak' })
      }
    }
    // One space between words, however many pieces of text or inline elements it is spread over.
    const value = spaceBefore ? collapsed.replace(/^ /, '') : collapsed
    if (!value) return
    spaceBefore = value.endsWith(' ')
    limits.text(value.trim().length)
    const last = content.at(-1)
    const set = currentMarks()
    if (last?.type === 'text' && sameMarks(last.marks ?? [], set)) last.text += value
    else {
      limits.node()
      content.push({ type: 'text', text: value, ...(set.length ? { marks: set } : {}) })
    }
  }
  /** Opens a list or block quote, or, with no room for it, counts a level flattened and keeps its content in place. */
  const openContainer = (node: BodyNode): number => {
    closeTextblock()
    const inList = isList(container())
    const levels = (inList ? 1 : 0) + (isList(node) ? 2 : 1)
    if (!fits(levels)) {
      limits.flattenedLevels++
      return BLOCK
    }
    const before = stack.length
    itemIfInList()
    pushContainer(node)
    return before
  }
  const openItem = (): number => {
    closeTextblock()
    // An item opening straight inside an item follows it: the first was never closed.
    if (container().type === 'listItem' && isList(stack[stack.length - 2]!)) stack.pop()
    if (isList(container())) {
      const before = stack.length
      pushContainer({ type: 'listItem', content: [] })
      return before
    }
    // An item outside any list gets one of its own.
    const before = openContainer({ type: 'bulletList', content: [] })
    if (before !== BLOCK) pushContainer({ type: 'listItem', content: [] })
    return before
  }

  const open = (name: string, attributes: Record<string, string>): number => {
    if (dropping) return NOTHING
    if (DROPPED.has(name)) {
      dropping++
      return DROP
    }
    if (name === 'h1' && headline === null) {
      closeTextblock()
      inHeadline = true
      return HEADLINE
    }
    const level = HEADINGS.get(name)
    if (level) {
      openTextblock({ type: 'heading', attrs: { level }, content: [] })
      return BLOCK
    }
    if (BLOCKS.has(name)) {
      closeTextblock()
      return BLOCK
    }
    if (name === 'ul') return openContainer({ type: 'bulletList', content: [] })
    if (name === 'ol') {
      const start = Number.parseInt(attributes.start ?? '1', 10)
      return openContainer({ type: 'orderedList', attrs: { start: Number.isFinite(start) && start >= 0 && start < 100_000 ? start : 1, type: null }, content: [] })
    }
    if (name === 'li') return openItem()
    if (name === 'blockquote') return openContainer({ type: 'blockquote', attrs: { sourceId: null }, content: [] })
    if (name === 'br') {
      if (!inHeadline) {
        ensureTextblock()
        pendingBreaks++
        spaceBefore = true
      }
      return NOTHING
    }
    const mark = MARKS.get(name)
    if (mark) {
      const bolds = mark === 'bold'
      // A second bold inside a bold changes nothing: the set is worked out again only when a mark comes or goes.
      if ((bolds ? bold++ : italic++) === 0) marks = null
      return bolds ? BOLD : ITALIC
    }
    if (name === 'a' && attributes.href !== undefined) {
      // Stored in its normalised form (mailto keeps only address and subject); one that does not normalise
      // loses its link and keeps its text.
      const href = normaliseLinkHref(attributes.href)
      if (href !== null) {
        links.push(href)
        marks = null
        return LINK
      }
    }
    return NOTHING
  }

  const close = (effect: number): void => {
    if (effect >= 0) {
      closeTextblock()
      stack.length = Math.min(stack.length, effect)
    } else if (effect === BLOCK) closeTextblock()
    else if (effect === DROP) dropping--
    else if (effect === BOLD) {
      if (--bold === 0) marks = null
    } else if (effect === ITALIC) {
      if (--italic === 0) marks = null
    } else if (effect === LINK) {
      links.pop()
      marks = null
    } else if (effect === HEADLINE) {
      inHeadline = false
      article.meta.headline = (headline ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)
    }
  }

  walkHtml(html, {
    open: (name, attributes) => void effects.push(open(name, attributes)),
    close: () => close(effects.pop()!),
    text: (text) => {
      if (!dropping) pushText(text)
    }
  })
  closeTextblock()
  article.body = normalise(root)
  if (article.meta.headline) article.meta.slug = slugify(article.meta.headline)
  return article
}

/** Two mark sets as the importer makes them (bold, italic, link, in that order) are the same set. */
function sameMarks(a: Mark[], b: Mark[]): boolean {
  if (a.length !== b.length) return false
  return a.every((mark, index) => mark.type === b[index]!.type && (mark.type !== 'link' || mark.attrs.href === (b[index] as typeof mark).attrs.href))
}

/**
 * Trims text at the end of each textblock and gives empty containers the paragraph ProseMirror needs. It
 * recurses, at most MAX_BODY_DEPTH deep: the importer never nests further.
 */
function normalise(node: BodyNode): BodyNode {
  if (node.type === 'text' || node.type === 'hardBreak') return node
  if (node.type === 'paragraph' || node.type === 'heading') {
    const content = node.content ?? []
    const last = content.at(-1)
    if (last?.type === 'text') {
      last.text = last.text!.trimEnd()
      if (!last.text) content.pop()
    }
    return content.length ? { ...node, content } : { type: node.type, ...(node.attrs ? { attrs: node.attrs } : {}) }
  }
  const content = (node.content ?? []).map(normalise)
  if (content.length === 0) {
    if (node.type === 'bulletList' || node.type === 'orderedList') return { ...node, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }
    return { ...node, content: [{ type: 'paragraph' }] }
  }
  // A list item must open with a paragraph (ProseMirror's listItem is "paragraph block*").
  if (node.type === 'listItem' && content[0]!.type !== 'paragraph') content.unshift({ type: 'paragraph' })
  return { ...node, content }
}
