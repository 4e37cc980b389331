import { ANONYMOUS_MODIFIERS, ANONYMOUS_SOURCES } from './lexicon'
import { lowerBound, runsOf } from './text'
import type { Span } from './types'

const MODIFIER = String.raw`(?:[A-Z][.A-Za-z]*|${ANONYMOUS_MODIFIERS.join('|')})`
const SOURCE = String.raw`(?:${ANONYMOUS_SOURCES.join('|')})\b`
/** Up to this many modifiers in front belong to the source ("two senior U.S. officials"). */
const MOST_MODIFIERS = 3
/** Modifiers then the source, tried at one offset only. */
const ANONYMOUS_AT = new RegExp(String.raw`(?:${MODIFIER}\s+){0,${MOST_MODIFIERS}}${SOURCE}`, 'y')
const SOURCE_ANYWHERE = new RegExp(String.raw`\b${SOURCE}`, 'g')
const isWordChar = (char: string | undefined): boolean => char !== undefined && /\w/.test(char)
const boundaryAt = (text: string, offset: number): boolean => isWordChar(text[offset - 1]) !== isWordChar(text[offset])

interface RunReading {
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
 * every capital of a run of initials ("U.S.U.S.…"), read the rest of the run from each. Here a match starts at a
 * source word or at a modifier at most three runs of non-blank characters before one, and every modifier start
 * in a run leads to the same continuation, so each run is read once.
 */
export function findAnonymousSources(text: string): Span[] {
  const sources: number[] = []
  SOURCE_ANYWHERE.lastIndex = 0
  for (let match = SOURCE_ANYWHERE.exec(text); match; match = SOURCE_ANYWHERE.exec(text)) sources.push(match.index)
  if (sources.length === 0) return []
  const runs = runsOf(text)
  const readings = new Map<number, RunReading>()
  const readingOf = (run: number): RunReading => {
    let reading = readings.get(run)
    if (!reading) readings.set(run, (reading = readRun(text, runs.starts[run]!, runs.ends[run]!)))
    return reading
  }
  const found: Span[] = []
  let from = 0
  for (;;) {
    // Every match ends with a source word; one that starts before the next source word ends at it or at one a
    // few runs on, so it starts at most three runs before it.
    const source = sources[lowerBound(sources, (s) => s < from)]
    if (source === undefined) return found
    let match: Span | null = null
    const sourceRun = runs.at(source)
    for (let run = Math.max(0, sourceRun - MOST_MODIFIERS, runs.at(from)); run <= sourceRun && !match; run++) {
      const reading = readingOf(run)
      const start = reading.sourceEnd === -1 ? -1 : modifierFrom(text, runs.starts[run]!, runs.ends[run]!, reading, from)
      if (start !== -1 && start < source) match = { start, end: reading.sourceEnd }
    }
    found.push(match ?? anonymousAt(text, source)!)
    from = found.at(-1)!.end
  }
}

function anonymousAt(text: string, offset: number): Span | null {
  ANONYMOUS_AT.lastIndex = offset
  const match = ANONYMOUS_AT.exec(text)
  return match ? { start: offset, end: offset + match[0].length } : null
}

function readRun(text: string, start: number, end: number): RunReading {
  let letters = end
  while (letters > start && /[.A-Za-z]/.test(text[letters - 1]!)) letters--
  const reading: RunReading = { letters, firstModifier: -1, sourceEnd: -1, capital: null }
  reading.firstModifier = modifierFrom(text, start, end, reading, start)
  if (reading.firstModifier !== -1) reading.sourceEnd = anonymousAt(text, reading.firstModifier)?.end ?? -1
  return reading
}

/**
 * The leftmost offset at or after `from` in the run start–end from which the rest of the run is one modifier
 * starting at a word boundary: a capital followed by letters and full stops, or a listed word. -1 when none.
 */
function modifierFrom(text: string, start: number, end: number, reading: RunReading, from: number): number {
  if (reading.firstModifier !== -1 && from <= reading.firstModifier) return reading.firstModifier
  const capital = capitalFrom(text, end, reading, Math.max(from, reading.letters))
  if (capital !== -1) return capital
  // A listed word is lower case, so it can only start after any capital: the leftmost of them that ends the run.
  let listed = -1
  for (const word of ANONYMOUS_MODIFIERS) {
    const offset = end - word.length
    if (offset >= Math.max(from, start) && text.startsWith(word, offset) && boundaryAt(text, offset) && (listed === -1 || offset < listed)) listed = offset
  }
  return listed
}

/** The first capital at a word boundary from `from` to the run's end, or -1; remembered, as `from` moves on. */
function capitalFrom(text: string, end: number, reading: RunReading, from: number): number {
  const known = reading.capital
  if (known && from >= known.from && (known.at === -1 || from <= known.at)) return known.at
  let at = -1
  for (let offset = from; offset < end && at === -1; offset++) if (/[A-Z]/.test(text[offset]!) && boundaryAt(text, offset)) at = offset
  reading.capital = { from, at }
  return at
}
