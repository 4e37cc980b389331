import { analyzeText } from './analyze'
import type { Analysis, Flag, FoundQuote, FoundSource } from './types'

/**
 * Paragraphs before the edited one that are read again as context (a pronoun or a quote with no cue looks back
 * at most three sentences or one paragraph), and paragraphs after it that are analysed again (a paragraph of
 * quotation, or a "he said", may lean on the edited one).
 */
const CONTEXT_BEFORE = 3
const AFFECTED_AFTER = 1
/** Quotation marks typed or deleted can change how the quotations of later paragraphs pair: analyse it all. */
const QUOTE_MARKS = /["“”„«»]/
/** Flags about the whole story: refreshed by the next full analysis, kept from the last one until then. */
const STORY_WIDE: ReadonlySet<Flag['rule']> = new Set(['duplicate-introduction', 'name-spelling'])

/**
 * The analysis of `text`, an edit of `previous.text` within one paragraph, found by analysing only the edited
 * paragraph and the one after it (with the three before as context, and the story's sources known), and keeping
 * the rest of the previous analysis, moved by the edit. Null when the edit is not of that kind (it crosses or
 * joins paragraphs, or types or deletes a quotation mark): then the whole story must be analysed.
 *
 * The result is what a full analysis gives, except that a name introduced twice or spelled differently in the
 * edited paragraph is flagged only by the next full analysis (the app runs one once typing has paused for longer).
 */
export function reanalyse(previous: Analysis, text: string): Analysis | null {
  const old = previous.text
  if (old === text) return previous
  const { prefix, suffix } = commonEnds(old, text)
  const removed = old.slice(prefix, old.length - suffix)
  const inserted = text.slice(prefix, text.length - suffix)
  if (removed.includes('\n\n') || inserted.includes('\n\n') || QUOTE_MARKS.test(removed) || QUOTE_MARKS.test(inserted)) return null

  const delta = text.length - old.length
  const edited = paragraphStart(text, prefix)
  let windowStart = edited
  for (let i = 0; i < CONTEXT_BEFORE && windowStart > 0; i++) windowStart = paragraphStart(text, windowStart - 2)
  let affectedEnd = paragraphEnd(text, text.length - suffix)
  for (let i = 0; i < AFFECTED_AFTER && affectedEnd < text.length; i++) affectedEnd = paragraphEnd(text, affectedEnd + 2)
  const oldAffectedEnd = affectedEnd - delta

  // Nothing the previous analysis found may straddle the re-analysed paragraphs' edges.
  const straddles = (span: { start: number; end: number }): boolean =>
    (span.start < edited && span.end > edited) || (span.start < oldAffectedEnd && span.end > oldAffectedEnd)
  if (previous.quotes.some(straddles) || previous.flags.some((f) => !STORY_WIDE.has(f.rule) && straddles(f))) return null

  // The story's sources, as known to the part: but a name written in the edited paragraphs may have been
  // introduced there, and the edit may have changed it, so it is known only if the rest of the story names it too.
  const oldPart = old.slice(edited, oldAffectedEnd)
  const namedElsewhere = (name: string): boolean => {
    const first = text.indexOf(name)
    return (first !== -1 && first < windowStart) || text.indexOf(name, affectedEnd) !== -1
  }
  const knownSources = previous.sources.filter((source) => !oldPart.includes(source.name) || namedElsewhere(source.name))
  const part = analyzeText(text.slice(windowStart, affectedEnd), { knownSources })
  const moved = <T extends { start: number; end: number }>(span: T, by: number): T => ({ ...span, start: span.start + by, end: span.end + by })
  const inPart = (span: { start: number }): boolean => span.start + windowStart >= edited

  const sourcesByName = new Map<string, FoundSource>(previous.sources.map((s) => [s.name, s]))
  // The part's reading of a source, with the other names the rest of the story gives it.
  for (const source of part.sources) {
    const before = sourcesByName.get(source.name)
    sourcesByName.set(source.name, before ? { ...source, aliases: [...new Set([...before.aliases, ...source.aliases])] } : source)
  }
  const named = (quote: FoundQuote, sources: FoundSource[]): string | null => (quote.sourceIndex === null ? null : sources[quote.sourceIndex]!.name)
  const quotes: { quote: FoundQuote; source: string | null }[] = [
    ...previous.quotes.filter((q) => q.end <= edited).map((quote) => ({ quote, source: named(quote, previous.sources) })),
    ...part.quotes.filter(inPart).map((quote) => ({ quote: shiftQuote(quote, windowStart, text), source: named(quote, part.sources) })),
    ...previous.quotes.filter((q) => q.start >= oldAffectedEnd).map((quote) => ({ quote: shiftQuote(quote, delta, text), source: named(quote, previous.sources) }))
  ]
  // Sources are listed in the order they first speak, as analyzeText lists them.
  const order = [...new Set(quotes.map((q) => q.source).filter((name): name is string => name !== null))]
  const index = new Map(order.map((name, i) => [name, i]))
  // Story-wide flags inside the edited paragraphs are dropped until the next full analysis: their text changed.
  const flags = [
    ...previous.flags.filter((f) => f.end <= edited),
    ...part.flags.filter((f) => inPart(f) && !STORY_WIDE.has(f.rule)).map((f) => moved(f, windowStart)),
    ...previous.flags.filter((f) => f.start >= oldAffectedEnd).map((f) => moved(f, delta))
  ].sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule))
  return {
    text,
    quotes: quotes.map(({ quote, source }) => ({ ...quote, sourceIndex: source === null ? null : index.get(source)! })),
    sources: order.map((name) => sourcesByName.get(name)!),
    flags
  }
}

function shiftQuote(quote: FoundQuote, by: number, text: string): FoundQuote {
  const at = (offset: number | null): number | null => (offset === null ? null : offset + by)
  return {
    ...quote,
    start: quote.start + by,
    end: quote.end + by,
    text: text.slice(quote.start + by, quote.end + by),
    speaker: { ...quote.speaker, start: at(quote.speaker.start), end: at(quote.speaker.end) },
    cue: quote.cue && { ...quote.cue, start: quote.cue.start + by, end: quote.cue.end + by }
  }
}

/** Characters compared at a time: comparing slices is far faster than comparing characters one by one. */
const BLOCK = 2048

/** How many characters the two texts share at the start, and at the end (not overlapping the start). */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const most = Math.min(a.length, b.length)
  let prefix = 0
  while (prefix + BLOCK <= most && a.slice(prefix, prefix + BLOCK) === b.slice(prefix, prefix + BLOCK)) prefix += BLOCK
  while (prefix < most && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix + BLOCK <= most - prefix && a.slice(a.length - suffix - BLOCK, a.length - suffix) === b.slice(b.length - suffix - BLOCK, b.length - suffix)) suffix += BLOCK
  while (suffix < most - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++
  return { prefix, suffix }
}

/** Where the paragraph holding `offset` starts (paragraphs are separated by a blank line, as the editor writes them). */
function paragraphStart(text: string, offset: number): number {
  const separator = text.lastIndexOf('\n\n', Math.max(0, offset - 1))
  return separator === -1 || offset < 2 ? 0 : separator + 2
}

/** Where the paragraph holding `offset` ends. */
function paragraphEnd(text: string, offset: number): number {
  const separator = text.indexOf('\n\n', offset)
  return separator === -1 ? text.length : separator
}
