import { analyzeText } from '../src/shared/analysis'
import type { BodyNode } from '../src/shared/article/body'
import type { ArticleDocument } from '../src/shared/article/document'
import { newId, type Source } from '../src/shared/article/sources'
import { bodyText } from '../src/shared/article/stats'
import { plainTextToArticle } from '../src/shared/import/plainText'
import { generateArticle } from './generateArticle'

/**
 * The generated article as a Copydesk document with its quotes marked and attributed to sources (with
 * private notes), as it would be after "Accept all": the realistic load for opening, exporting and saving.
 */
export function generateDocument(words: number): ArticleDocument {
  const article = plainTextToArticle(`Harbour plan approved\n\n${generateArticle(words)}`)
  const analysis = analyzeText(bodyText(article.body, '\n\n'))
  const sources: Source[] = analysis.sources.map((s) => ({
    id: newId('s'),
    name: s.name,
    kind: s.kind,
    role: s.role,
    organisation: '',
    status: 'on-record',
    aliases: s.aliases,
    contactNotes: `Reached by phone; call back before publication about ${s.name}.`
  }))
  const paragraphs = article.body.content!
  const starts: number[] = []
  let offset = 0
  for (const paragraph of paragraphs) {
    starts.push(offset)
    offset += (paragraph.content?.[0]?.text ?? '').length + 2
  }
  const marksByParagraph = new Map<number, { from: number; to: number; sourceId: string | null; kind: string }[]>()
  for (const quote of analysis.quotes) {
    if (quote.kind === 'paraphrase') continue
    let index = starts.length - 1
    while (index > 0 && starts[index]! > quote.start) index--
    const list = marksByParagraph.get(index) ?? []
    list.push({ from: quote.start - starts[index]!, to: quote.end - starts[index]!, sourceId: quote.sourceIndex === null ? null : sources[quote.sourceIndex]!.id, kind: quote.kind })
    marksByParagraph.set(index, list)
  }
  article.body.content = paragraphs.map((paragraph, index) => {
    const text = paragraph.content?.[0]?.text ?? ''
    const marks = marksByParagraph.get(index)
    if (!marks) return paragraph
    const content: BodyNode[] = []
    let at = 0
    for (const mark of marks.sort((a, b) => a.from - b.from)) {
      if (mark.from > at) content.push({ type: 'text', text: text.slice(at, mark.from) })
      content.push({ type: 'text', text: text.slice(mark.from, mark.to), marks: [{ type: 'quote', attrs: { id: newId('q'), sourceId: mark.sourceId, kind: mark.kind as 'direct' } }] })
      at = mark.to
    }
    if (at < text.length) content.push({ type: 'text', text: text.slice(at) })
    return { type: 'paragraph', content }
  })
  article.sources = sources
  return article
}
