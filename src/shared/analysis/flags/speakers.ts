import type { SourceRegistry } from '../sources'
import type { Flag, FoundQuote } from '../types'

/** A quote with no one named for it: no speaker at all, or a speaker the story only describes. */
export function unattributedFlags(text: string, quotes: FoundQuote[]): Flag[] {
  const flags: Flag[] = []
  for (const quote of quotes) {
    if (quote.speaker.name === null && quote.speaker.start === null) {
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
