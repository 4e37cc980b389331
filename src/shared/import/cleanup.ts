import { analyzeText } from '../analysis'
import type { BodyNode } from '../article/body'
import type { ArticleDocument } from '../article/document'
import { bodyText } from '../article/stats'

/** The lines the analysis flags as not story text (boilerplate, stray headlines), as they read. */
export function nonStoryLines(document: ArticleDocument): Set<string> {
  const text = bodyText(document.body, '\n\n')
  return new Set(analyzeText(text).flags.filter((f) => f.rule === 'not-story-text').map((f) => text.slice(f.start, f.end).trim()))
}

/** The article without its non-story lines: a flagged line goes with its line break, an emptied paragraph with it. */
export function dropNonStoryLines(document: ArticleDocument): ArticleDocument {
  const flagged = nonStoryLines(document)
  const clean = (node: BodyNode): BodyNode | null => {
    if (node.type !== 'paragraph' && node.type !== 'heading') {
      if (!node.content) return node
      const content = node.content.map(clean).filter((child): child is BodyNode => child !== null)
      return { ...node, content: content.length || node.type !== 'doc' ? content : [{ type: 'paragraph' }] }
    }
    const lines: BodyNode[][] = [[]]
    for (const child of node.content ?? []) {
      if (child.type === 'hardBreak') lines.push([])
      else lines.at(-1)!.push(child)
    }
    const kept = lines.filter((line) => !flagged.has(line.map((n) => n.text ?? '').join('').trim()))
    if (kept.length === 0) return null
    const content = kept.flatMap((line, index) => (index ? [{ type: 'hardBreak' } as BodyNode, ...line] : line))
    return { ...node, content }
  }
  return { ...document, body: clean(document.body) ?? { type: 'doc', content: [{ type: 'paragraph' }] } }
}
