import type { BodyNode } from '../article/body'
import type { QUOTE_KINDS } from '../article/body'
import { textNodesInOrder } from '../article/textNodes'

/** A quote as the body marks it: its words (blocks joined by a line break), speaker, kind and cue phrase. */
export interface MarkedQuote {
  id: string
  text: string
  sourceId: string | null
  /** A sourced block quote (one with an id) is a quote of kind 'block'. */
  kind: (typeof QUOTE_KINDS)[number] | 'block'
  /** The attribution phrase marked for it ("Krutsky said"), or '' when none is. */
  cue: string
}

/**
 * Every quote mark and sourced block quote of a body, in the order the story first reaches it. One quote may run over several
 * paragraphs (one id); its parts are joined with a line break per block crossed.
 */
export function markedQuotes(body: BodyNode): MarkedQuote[] {
  const quotes = new Map<string, MarkedQuote>()
  /** The block each quote was last seen in: a new block means a line break in its words. */
  const lastBlock = new Map<string, number>()
  /** Quote id → attribution id → the attribution's words, as several text nodes may carry one attribution. */
  const cues = new Map<string, Map<string, string>>()
  const addWords = (id: string, block: number, text: string, start: () => MarkedQuote): void => {
    const quote = quotes.get(id)
    if (!quote) quotes.set(id, { ...start(), text })
    else quote.text += (lastBlock.get(id) === block ? '' : '\n') + text
    lastBlock.set(id, block)
  }
  for (const { node, block, sourcedBlock } of textNodesInOrder(body)) {
    if (sourcedBlock) addWords(sourcedBlock.id, block, node.text, () => ({ ...sourcedBlock, text: '', kind: 'block', cue: '' }))
    for (const mark of node.marks ?? []) {
      if (mark.type === 'quote') {
        const { id, sourceId, kind } = mark.attrs
        addWords(id, block, node.text, () => ({ id, text: '', sourceId, kind, cue: '' }))
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
