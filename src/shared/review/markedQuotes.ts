import type { BodyNode } from '../article/body'
import type { QUOTE_KINDS } from '../article/body'
import { textNodesInOrder } from '../article/textNodes'

/** A quote as the body marks it: its words (blocks joined by a line break), speaker, kind and cue phrase. */
export interface MarkedQuote {
  id: string
  text: string
  sourceId: string | null
  kind: (typeof QUOTE_KINDS)[number]
  /** The attribution phrase marked for it ("Krutsky said"), or '' when none is. */
  cue: string
}

/**
 * Every quote mark of a body, in the order the story first reaches it. One quote may run over several
 * paragraphs (one id); its parts are joined with a line break per block crossed.
 */
export function markedQuotes(body: BodyNode): MarkedQuote[] {
  const quotes = new Map<string, MarkedQuote>()
  /** The block each quote was last seen in: a new block means a line break in its words. */
  const lastBlock = new Map<string, number>()
  /** Quote id → attribution id → the attribution's words, as several text nodes may carry one attribution. */
  const cues = new Map<string, Map<string, string>>()
  for (const { node, block } of textNodesInOrder(body)) {
    for (const mark of node.marks ?? []) {
      if (mark.type === 'quote') {
        const { id, sourceId, kind } = mark.attrs
        const quote = quotes.get(id)
        if (!quote) quotes.set(id, { id, text: node.text, sourceId, kind, cue: '' })
        else quote.text += (lastBlock.get(id) === block ? '' : '\n') + node.text
        lastBlock.set(id, block)
      } else if (mark.type === 'attribution') {
        for (const quoteId of mark.attrs.quoteIds) {
          const byAttribution = cues.get(quoteId) ?? new Map<string, string>()
          byAttribution.set(mark.attrs.id, (byAttribution.get(mark.attrs.id) ?? '') + node.text)
          cues.set(quoteId, byAttribution)
        }
      }
    }
  }
  for (const [quoteId, byAttribution] of cues) {
    const quote = quotes.get(quoteId)
    if (quote) quote.cue = [...byAttribution.values()].map((cue) => cue.trim()).join(' / ')
  }
  return [...quotes.values()]
}
