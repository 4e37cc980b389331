import type { Editor } from '@tiptap/react'
import type { FoundQuote, FoundSource } from '../../../shared/analysis'
import { isPronoun } from '../../../shared/analysis/lexicon'
import { newId, newSource, type Source } from '../../../shared/article/sources'
import type { LiveAnalysis } from './storyAnalysis'

export interface Suggestion {
  /** Stable across re-analysis: the quoted words and the speaker. */
  key: string
  quote: FoundQuote
  source: FoundSource
  from: number
  to: number
}

/** The engine's quotes that have a speaker and are not marked yet, placed in the document they were found in. */
export function suggestionsOf(live: LiveAnalysis): Suggestion[] {
  const quoteType = live.doc.type.schema.marks.quote!
  const suggestions: Suggestion[] = []
  for (const quote of live.analysis.quotes) {
    const source = quote.sourceIndex !== null ? live.analysis.sources[quote.sourceIndex]! : unnamedSource(live, quote)
    if (!source) continue
    const key = `${quote.text}\u0000${source.name}`
    const from = live.mapping.toPos(quote.start)
    const to = live.mapping.toPos(quote.end)
    if (live.doc.rangeHasMark(from, to, quoteType)) continue
    suggestions.push({ key, quote, source, from, to })
  }
  return suggestions
}

/** A speaker the text describes but never names ("the mayor"): suggested as a source under that description. */
function unnamedSource(live: LiveAnalysis, quote: FoundQuote): FoundSource | null {
  if (quote.speaker.start === null || quote.speaker.end === null) return null
  const mention = live.analysis.text.slice(quote.speaker.start, quote.speaker.end)
  if (isPronoun(mention)) return null
  return { name: mention, role: '', kind: 'person', aliases: [] }
}


/** The article's source for an engine source: the same name or alias, or a new entry. */
function sourceFor(sources: Source[], found: FoundSource, mention: string | null): { sources: Source[]; id: string } {
  const wanted = [found.name, ...found.aliases].map((n) => n.toLowerCase())
  const existing = sources.find((s) => [s.name, ...s.aliases].some((n) => wanted.includes(n.toLowerCase())))
  const alias = mention && !isPronoun(mention) && mention !== found.name ? mention : null
  if (existing) {
    if (!alias || existing.aliases.includes(alias)) return { sources, id: existing.id }
    return { sources: sources.map((s) => (s === existing ? { ...s, aliases: [...s.aliases, alias] } : s)), id: existing.id }
  }
  const created = newSource({ name: found.name, kind: found.kind, role: found.role, aliases: [...new Set([...found.aliases, ...(alias ? [alias] : [])])] })
  return { sources: [...sources, created], id: created.id }
}

/**
 * Accepts suggestions in one undoable step: each becomes a quote mark on the quoted words and an attribution
 * mark on its cue and speaker ("the special representative of the president added"); new speakers join
 * the source list. Returns the updated source list.
 */
export function acceptSuggestions(editor: Editor, live: LiveAnalysis, accepted: Suggestion[], sources: Source[]): Source[] {
  const { schema } = editor.state
  const tr = editor.state.tr
  let list = sources
  for (const suggestion of accepted) {
    const { quote } = suggestion
    const mention = quote.speaker.start !== null ? live.analysis.text.slice(quote.speaker.start, quote.speaker.end!) : null
    const resolved = sourceFor(list, suggestion.source, mention)
    list = resolved.sources
    const quoteId = newId('q')
    tr.addMark(suggestion.from, suggestion.to, schema.marks.quote!.create({ id: quoteId, sourceId: resolved.id, kind: quote.kind }))
    if (quote.cue) {
      const ends = [quote.cue.start, quote.cue.end]
      // The cue and the speaker together when they sit side by side ("Krutsky said", "said Ambassador Mohib").
      if (quote.speaker.start !== null && Math.abs(quote.speaker.start - quote.cue.start) < 80) ends.push(quote.speaker.start, quote.speaker.end!)
      const from = live.mapping.toPos(Math.min(...ends))
      const to = live.mapping.toPos(Math.max(...ends))
      if (!tr.doc.rangeHasMark(from, to, schema.marks.quote!)) {
        tr.addMark(from, to, schema.marks.attribution!.create({ id: newId('a'), sourceId: resolved.id, quoteIds: [quoteId] }))
      }
    }
  }
  editor.view.dispatch(tr)
  return list
}
