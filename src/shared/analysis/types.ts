import type { QUOTE_KINDS } from '../article/body'
import type { SOURCE_KINDS } from '../article/sources'
import type { FLAG_RULES } from './flagRules'

/** Offsets are JavaScript string indices into the analysed text; `end` is exclusive. */
export interface Span {
  start: number
  end: number
}

/** The engine speaks the article's vocabulary: the kinds a quote mark and a source can have. */
export type QuoteKind = (typeof QUOTE_KINDS)[number]
export type SourceKind = (typeof SOURCE_KINDS)[number]

export interface FoundQuote extends Span {
  text: string
  kind: QuoteKind
  /** The mention that attributes the quote (a name, pronoun or description) and the source it resolves to. */
  speaker: { name: string | null; start: number | null; end: number | null }
  cue: (Span & { text: string }) | null
  /** Index into `sources`, or null when the speaker is unknown or unnamed. */
  sourceIndex: number | null
}

export interface FoundSource {
  name: string
  role: string
  kind: SourceKind
  /** Other ways the text refers to this source ("Krutsky", "KCNA"). */
  aliases: string[]
}

export type FlagRule = (typeof FLAG_RULES)[number]

export interface Flag extends Span {
  rule: FlagRule
  message: string
}

export interface Analysis {
  text: string
  quotes: FoundQuote[]
  sources: FoundSource[]
  flags: Flag[]
}
