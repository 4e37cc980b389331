import type { Draft } from './attribution'
import type { SourceRegistry } from './sources'
import type { FoundQuote, FoundSource } from './types'

/**
 * The drafts as the engine reports them: each quote with its speaker's name and mention, and only the sources
 * that speak in the story, in the order they first speak (quotes' source indices follow that order).
 */
export function reportQuotes(text: string, drafts: Draft[], registry: SourceRegistry): { quotes: FoundQuote[]; sources: FoundSource[] } {
  const quotes: FoundQuote[] = drafts.map((draft) => ({
    start: draft.start,
    end: draft.end,
    text: text.slice(draft.start, draft.end),
    kind: draft.kind,
    speaker: {
      name: draft.speaker && draft.speaker.sourceIndex !== null ? registry.records[draft.speaker.sourceIndex]!.name : null,
      start: draft.speaker && draft.speaker.mention.type !== 'passive' ? draft.speaker.mention.start : null,
      end: draft.speaker && draft.speaker.mention.type !== 'passive' ? draft.speaker.mention.end : null
    },
    cue: draft.cue ? { start: draft.cue.start, end: draft.cue.end, text: draft.cue.text } : null,
    sourceIndex: draft.speaker?.sourceIndex ?? null
  }))
  const speaking = [...new Set(quotes.map((q) => q.sourceIndex).filter((i): i is number => i !== null))]
  const renumber = new Map(speaking.map((old, index) => [old, index]))
  const sources = speaking.map((index) => {
    const { name, role, kind, aliases, roles } = registry.records[index]!
    return { name, role: role || roles[0]?.role || '', kind, aliases }
  })
  for (const quote of quotes) quote.sourceIndex = quote.sourceIndex === null ? null : renumber.get(quote.sourceIndex)!
  return { quotes, sources }
}
