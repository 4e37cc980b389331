import type { SourceRegistry } from '../sources'
import type { Flag, FoundQuote } from '../types'

/** Words at most in a phrase in quotation marks that, with no one said to say it, reads as a term or scare quotes. */
const TERM_WORDS = 4

/**
 * A quote with no one named for it: no speaker at all, or a speaker the story only describes. A short phrase
 * set in quotation marks inside the writer's sentence with no speech cue (“opt out”, the “safety net”) is
 * reported as a partial quote but not flagged: it is far more often a term or scare quotes than speech.
 */
export function unattributedFlags(text: string, quotes: FoundQuote[]): Flag[] {
  const flags: Flag[] = []
  for (const quote of quotes) {
    const term = quote.kind === 'partial' && quote.cue === null && quote.text.trim().split(/\s+/).length <= TERM_WORDS
    if (quote.speaker.name === null && quote.speaker.start === null && !term) {
      flags.push({ rule: 'no-speaker', start: quote.start, end: quote.end, message: quote.cue ? `Unattributed: “${quote.cue.text}” names no one. Say who.` : 'No one is named for this quote. Attribute it.' })
    } else if (quote.speaker.name === null && quote.speaker.start !== null && quote.speaker.end !== null) {
      const mention = text.slice(quote.speaker.start, quote.speaker.end)
      flags.push({ rule: 'anonymous', start: quote.speaker.start, end: quote.speaker.end, message: `Unnamed speaker: “${mention}” is not named in the story. Name them, or say why not.` })
    }
  }
  return flags
}

/** A quote credited to a publication: it reached the story through another outlet. */
export function secondHandFlags(quotes: FoundQuote[], registry: SourceRegistry): Flag[] {
  const flags: Flag[] = []
  for (const quote of quotes) {
    const source = quote.sourceIndex === null || quote.speaker.name === null ? undefined : registry.named(quote.speaker.name)
    if (source?.kind === 'publication' && quote.speaker.start !== null && quote.speaker.end !== null) {
      flags.push({ rule: 'second-hand', start: quote.speaker.start, end: quote.speaker.end, message: `Second-hand: this comes from ${source.name}, not from someone who spoke to us. Credit it and, if you can, confirm it.` })
    }
  }
  return flags
}
