import { ANONYMOUS_MODIFIERS, ANONYMOUS_SOURCES } from './lexicon'
import { blanksAfter, lowerBound, runAfter, runBefore } from './text'
import type { Span } from './types'

const MODIFIER = String.raw`(?:[A-Z][.A-Za-z]*|${ANONYMOUS_MODIFIERS.join('|')})`
const SOURCE = String.raw`(?:${ANONYMOUS_SOURCES.join('|')})\b`
/** "two senior U.S. officials": up to three modifiers, then the source, tried at one offset only. */
const ANONYMOUS_AT = new RegExp(String.raw`(?:${MODIFIER}\s+){0,3}${SOURCE}`, 'y')
const SOURCE_ANYWHERE = new RegExp(String.raw`\b${SOURCE}`, 'g')
const isWordChar = (char: string | undefined): boolean => char !== undefined && /\w/.test(char)
const boundaryAt = (text: string, offset: number): boolean => isWordChar(text[offset - 1]) !== isWordChar(text[offset])

interface Run {
  start: number
  end: number
  /** Where the letters and full stops that end the run begin: a capital word can start no earlier. */
  letters: number
  /** The leftmost offset from which the rest of the run is one modifier (a capital word or a listed word), or -1. */
  firstModifier: number
  /** Where the source ends when the run is read as a modifier (the same from any modifier start in it), or -1. */
  sourceEnd: number
  /** The last capital looked for: the first one at a word boundary at or after `from`. */
  capital: { from: number; at: number } | null
}

/**
 * Sources that are not named ("officials", "two senior U.S. officials", "people familiar with"), in text order:
 * the spans that `\b(?:(?:[A-Z][.A-Za-z]*|senior|…)\s+){0,3}(?:officials|…)\b` finds. That regex, tried at
 * every capital of a run of initials ("U.S.U.S.…"), read the rest of the run from each. Here a match starts
 * either at a source word or at a modifier, and every modifier start in one run of non-blank characters leads
 * to the same continuation, so it is read once per run.
 */
export function findAnonymousSources(text: string): Span[] {
  const sources: number[] = []
  SOURCE_ANYWHERE.lastIndex = 0
  for (let match = SOURCE_ANYWHERE.exec(text); match; match = SOURCE_ANYWHERE.exec(text)) sources.push(match.index)
  // The run holding an offset; the last one is kept, as the offsets asked for only move forwards.
  let last: Run | null = null
  const runAt = (offset: number): Run => {
    if (last && offset >= last.start && offset < last.end) return last
    return (last = readRun(text, offset, runAfter(text, offset)))
  }
  const found: Span[] = []
  let from = 0
  for (;;) {
    const source = sources[lowerBound(sources, (s) => s < from)]
    // The first run, from `from`, whose modifier leads on to a source, if it comes before the next source word.
    let modifier: { start: number; end: number } | null = null
    for (let offset = blanksAfter(text, from); offset < text.length && (source === undefined || offset <= source); ) {
      const run = runAt(offset)
      const start = run.sourceEnd === -1 ? -1 : firstModifierFrom(text, run, Math.max(from, offset))
      if (start !== -1) {
        modifier = { start, end: run.sourceEnd }
        break
      }
      offset = blanksAfter(text, run.end)
    }
    if (modifier && (source === undefined || modifier.start < source)) found.push(modifier)
    else if (source !== undefined) found.push(anonymousAt(text, source)!)
    else break
    from = found.at(-1)!.end
  }
  return found
}

function anonymousAt(text: string, offset: number): Span | null {
  ANONYMOUS_AT.lastIndex = offset
  const match = ANONYMOUS_AT.exec(text)
  return match ? { start: offset, end: offset + match[0].length } : null
}

/** A run of non-blank characters, offset–end (offset may lie inside it), with its modifier start and continuation. */
function readRun(text: string, offset: number, end: number): Run {
  const start = runBefore(text, offset)
  let letters = end
  while (letters > start && /[.A-Za-z]/.test(text[letters - 1]!)) letters--
  const run: Run = { start, end, letters, firstModifier: -1, sourceEnd: -1, capital: null }
  run.firstModifier = firstModifierFrom(text, run, start)
  if (run.firstModifier !== -1) run.sourceEnd = anonymousAt(text, run.firstModifier)?.end ?? -1
  return run
}

/**
 * The leftmost offset at or after `from` in a run from which the rest of the run is one modifier starting at a
 * word boundary: a capital followed by letters and full stops, or a listed word. -1 when there is none.
 */
function firstModifierFrom(text: string, run: Run, from: number): number {
  if (run.firstModifier !== -1 && from <= run.firstModifier) return run.firstModifier
  const capital = firstCapitalFrom(text, run, Math.max(from, run.letters))
  if (capital !== -1) return capital
  // A listed word is lower case, so it can only start after any capital: the leftmost of them that ends the run.
  let listed = -1
  for (const word of ANONYMOUS_MODIFIERS) {
    const offset = run.end - word.length
    if (offset >= Math.max(from, run.start) && text.startsWith(word, offset) && boundaryAt(text, offset) && (listed === -1 || offset < listed)) listed = offset
  }
  return listed
}

/** The first capital at a word boundary from `from` to the end of the run, or -1; remembered, as `from` moves on. */
function firstCapitalFrom(text: string, run: Run, from: number): number {
  if (run.capital && from >= run.capital.from && (run.capital.at === -1 || from <= run.capital.at)) return run.capital.at
  let at = -1
  for (let offset = from; offset < run.end && at === -1; offset++) if (/[A-Z]/.test(text[offset]!) && boundaryAt(text, offset)) at = offset
  run.capital = { from, at }
  return at
}
