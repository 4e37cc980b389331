import { Parser } from 'htmlparser2'
import type { BodyNode } from '../article/body'
import { newArticle, type ArticleDocument } from '../article/document'
import { normaliseLinkHref } from '../article/links'
import { slugify } from '../article/meta'

type Mark = NonNullable<BodyNode['marks']>[number]

/** Elements dropped with everything inside them. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'form', 'button', 'select', 'textarea', 'nav', 'aside', 'footer'])
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'figure', 'figcaption', 'td', 'th', 'dd', 'dt', 'pre', 'address', 'center'])
const HEADINGS: Record<string, 2 | 3> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 }
const MARKS: Record<string, Mark['type']> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic' }

/**
 * HTML (a web page, CMS output, Word or Markdown converted to HTML) to an article. Safe by construction: it
 * emits only the nodes and marks the format allows, keeps links only when they are http, https or mailto,
 * and drops scripts, styles, frames, forms, event handlers and every other attribute. The first <h1>
 * becomes the headline when there is one.
 */
export function htmlToArticle(html: string): ArticleDocument {
  const article = newArticle()
  const root: BodyNode = { type: 'doc', content: [] }
  const stack: BodyNode[] = [root]
  const marks: Mark[] = []
  const markOwners: string[] = []
  let textblock: BodyNode | null = null
  let dropping = 0
  let headline: string | null = null
  let inHeadline = false

  const container = (): BodyNode => stack[stack.length - 1]!
  const closeTextblock = (): void => {
    if (textblock && (textblock.content ?? []).length === 0 && textblock.type === 'paragraph') {
      const siblings = container().content!
      if (siblings.at(-1) === textblock) siblings.pop()
    }
    textblock = null
  }
  const ensureTextblock = (): BodyNode => {
    if (textblock) return textblock
    const parent = container()
    if (parent.type === 'bulletList' || parent.type === 'orderedList') {
      const item: BodyNode = { type: 'listItem', content: [] }
      parent.content!.push(item)
      stack.push(item)
    }
    textblock = { type: 'paragraph', content: [] }
    container().content!.push(textblock)
    return textblock
  }
  const pushText = (text: string): void => {
    if (inHeadline) {
      headline = (headline ?? '') + text
      return
    }
    const collapsed = text.replace(/[\s\u00a0]+/g, ' ')
    if (!collapsed.trim() && !textblock) return
    const block = ensureTextblock()
    const content = block.content!
    const value = content.length === 0 || content.at(-1)?.type === 'hardBreak' ? collapsed.replace(/^ /, '') : collapsed
    if (!value) return
    const last = content.at(-1)
    const sameMarks = last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)
    if (sameMarks) last!.text += value
    else content.push({ type: 'text', text: value, ...(marks.length ? { marks: [...marks] } : {}) })
  }
  const openBlock = (node: BodyNode): void => {
    closeTextblock()
    const parent = container()
    if (node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'blockquote') {
      if (parent.type === 'bulletList' || parent.type === 'orderedList') {
        const item: BodyNode = { type: 'listItem', content: [] }
        parent.content!.push(item)
        stack.push(item)
      }
    }
    container().content!.push(node)
    stack.push(node)
  }
  const closeBlock = (type: BodyNode['type']): void => {
    closeTextblock()
    const index = stack.map((n) => n.type).lastIndexOf(type)
    if (index > 0) stack.length = index
  }

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropping || DROPPED.has(name)) {
          dropping++
          return
        }
        if (name === 'h1' && headline === null && !article.meta.headline) {
          closeTextblock()
          inHeadline = true
          return
        }
        if (name in HEADINGS) {
          closeTextblock()
          textblock = { type: 'heading', attrs: { level: HEADINGS[name]! }, content: [] }
          container().content!.push(textblock)
        } else if (BLOCKS.has(name)) closeTextblock()
        else if (name === 'ul') openBlock({ type: 'bulletList', content: [] })
        else if (name === 'ol') {
          const start = Number.parseInt(attributes.start ?? '1', 10)
          openBlock({ type: 'orderedList', attrs: { start: Number.isFinite(start) && start >= 0 && start < 100_000 ? start : 1, type: null }, content: [] })
        } else if (name === 'li') {
          closeTextblock()
          const parent = container()
          if (parent.type !== 'bulletList' && parent.type !== 'orderedList') openBlock({ type: 'bulletList', content: [] })
          const item: BodyNode = { type: 'listItem', content: [] }
          container().content!.push(item)
          stack.push(item)
        } else if (name === 'blockquote') openBlock({ type: 'blockquote', attrs: { sourceId: null }, content: [] })
        else if (name === 'br') {
          if (inHeadline) return
          ensureTextblock().content!.push({ type: 'hardBreak' })
        } else if (name in MARKS) {
          marks.push({ type: MARKS[name]! } as Mark)
          markOwners.push(name)
        } else if (name === 'a' && attributes.href !== undefined) {
          // The address a story keeps: normalised, mailto with only its address and subject (links.ts).
          const href = normaliseLinkHref(attributes.href)
          if (href !== null) {
            marks.push({ type: 'link', attrs: { href } })
            markOwners.push(name)
          }
        }
      },
      ontext(text) {
        if (!dropping) pushText(text)
      },
      onclosetag(name) {
        if (dropping) {
          dropping--
          return
        }
        if (name === 'h1' && inHeadline) {
          inHeadline = false
          article.meta.headline = (headline ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)
          return
        }
        if (name in HEADINGS || BLOCKS.has(name)) closeTextblock()
        else if (name === 'ul') closeBlock('bulletList')
        else if (name === 'ol') closeBlock('orderedList')
        else if (name === 'li') closeBlock('listItem')
        else if (name === 'blockquote') closeBlock('blockquote')
        else if (name in MARKS || name === 'a') {
          const index = markOwners.lastIndexOf(name)
          if (index !== -1) {
            marks.splice(index, 1)
            markOwners.splice(index, 1)
          }
        }
      }
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true }
  )
  parser.write(html)
  parser.end()
  closeTextblock()
  article.body = normalise(root)
  if (article.meta.headline) article.meta.slug = slugify(article.meta.headline)
  return article
}

/** Drops empty containers, trims text at block edges, and gives empty containers a paragraph. */
function normalise(node: BodyNode): BodyNode {
  if (node.type === 'text' || node.type === 'hardBreak') return node
  if (node.type === 'paragraph' || node.type === 'heading') {
    const content = (node.content ?? []).filter((child) => child.type !== 'text' || child.text)
    while (content.at(-1)?.type === 'hardBreak') content.pop()
    const last = content.at(-1)
    if (last?.type === 'text') last.text = last.text!.replace(/\s+$/, '')
    const kept = content.filter((child) => child.type !== 'text' || child.text)
    return kept.length ? { ...node, content: kept } : { type: node.type, ...(node.attrs ? { attrs: node.attrs } : {}) }
  }
  const children = (node.content ?? []).map(normalise).filter((child) => !(child.type === 'paragraph' && !child.content?.length && node.type !== 'listItem'))
  const needsParagraph = ['doc', 'listItem', 'blockquote'].includes(node.type)
  const listLike = node.type === 'bulletList' || node.type === 'orderedList'
  const content = listLike ? children.filter((c) => c.type === 'listItem') : children
  if (content.length === 0 && needsParagraph) return { ...node, content: [{ type: 'paragraph' }] }
  // A list item must open with a paragraph (ProseMirror's listItem is "paragraph block*").
  if (node.type === 'listItem' && content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' })
  if (content.length === 0 && listLike) return { ...node, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }
  return { ...node, content }
}
