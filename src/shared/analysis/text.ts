import type { Span } from './types'

export interface Line extends Span {
  text: string
}

/** Every non-empty line of the text, with its offsets. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const line of text.split('\n')) {
    // Not /\s+$/: tried at every space of a long run of spaces, that regex is quadratic in the run.
    const trimmed = line.trimEnd()
    const lead = trimmed.length - trimmed.trimStart().length
    if (trimmed.trim()) lines.push({ start: start + lead, end: start + trimmed.length, text: trimmed.trim() })
    start += line.length + 1
  }
  return lines
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'col', 'capt', 'lt', 'sgt',
  'no', 'vs', 'etc', 'inc', 'ltd', 'corp', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'rev', 'hon', 'mt', 'ft',
  // AP style's abbreviations of US states and Canadian provinces ("Fresno, Calif., said"), except those that are
  // also words ("Ill.", "Miss.", "Wash.", "Mass.", "Man.", "Ore.": their full stop ends sentences too).
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'kan', 'ky', 'la', 'md', 'mich', 'minn', 'mo',
  'mont', 'neb', 'nev', 'okla', 'pa', 'tenn', 'vt', 'va', 'wis', 'wyo', 'alta', 'ont', 'que', 'sask', 'nfld'
])
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length))

/**
 * Sentences as spans. A sentence ends at . ! or ? followed by a space and a capital letter or an opening
 * quote, or at a line break. Full stops inside quotations, in abbreviations ("Mr.", "Feb.") and in
 * initialisms ("U.S.") do not end one.
 */
export function sentencesOf(text: string, quotations: Span[]): Span[] {
  const sentences: Span[] = []
  let quoteIndex = 0
  const skipToStart = blankSkipper(text)
  let start = skipToStart(0)
  // Only line breaks and sentence marks matter: the regex jumps to the next one in native code.
  const stopOrBreak = /[\n.!?]/g
  for (let found = stopOrBreak.exec(text); found; found = stopOrBreak.exec(text)) {
    const index = found.index
    while (quoteIndex < quotations.length && quotations[quoteIndex]!.end <= index) quoteIndex++
    const quote = quotations[quoteIndex]
    const char = found[0]
    // A full stop just inside the closing mark ends the sentence the quotation closes (‘had “erected a barrier.”
    // Gallant wrote …’); a question or exclamation there does not (“Why now?” Pryce asked).
    const closesQuote = quote !== undefined && index === quote.end - 2 && char === '.'
    const insideQuote = quote !== undefined && index > quote.start && index < quote.end - 1 && !closesQuote
    if (char === '\n') {
      if (index > start) sentences.push({ start, end: index })
      start = skipToStart(index + 1)
      continue
    }
    if (insideQuote) continue
    let end = index + 1
    while (end < text.length && /["”’)\]]/.test(text[end]!)) end++
    const after = text.slice(end, end + 3)
    if (!/^\s+["“‘(]?[\p{Lu}\d]/u.test(after)) continue
    if (char === '.' && isAbbreviation(text, index)) continue
    sentences.push({ start, end })
    start = skipToStart(end)
  }
  if (start < text.length) sentences.push({ start, end: text.length })
  return sentences
}

/** Whether the full stop at `dot` ends an abbreviation ("Sen.", "Dec."), an initial or an initialism ("U.S."), not a sentence. */
export function isAbbreviation(text: string, dot: number): boolean {
  // No abbreviation or initial has seven letters or more right before its full stop: the cheap test first, as
  // every full stop of a story asks.
  let letters = 0
  while (letters < LONGEST_ABBREVIATION + 1 && isLetterAt(text, dot - letters - 1)) letters++
  if (letters > LONGEST_ABBREVIATION) return false
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? ''
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word + '.') || /^\p{Lu}$/u.test(word)) return true
  return ABBREVIATIONS.has(word.toLowerCase())
}

/** Whether the character at `index` is a letter: ASCII by its code, the rest by the Unicode property. */
function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /\p{L}/u.test(text[index]!)
}

export function sentenceAt(sentences: Span[], offset: number): Span | undefined {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = sentences[middle]!
    if (offset < sentence.start) high = middle - 1
    else if (offset >= sentence.end) low = middle + 1
    else return sentence
  }
  return undefined
}

/** Index of the paragraph (block between blank lines) holding an offset. */
export function paragraphIndexer(text: string): (offset: number) => number {
  const breaks: number[] = []
  const pattern = /\n\s*\n/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) breaks.push(match.index)
  // The number of breaks before the offset, by binary search: asked once per quotation.
  return (offset) => lowerBound(breaks, (start) => start < offset)
}

/** The number of leading items of `sorted` for which `before` holds (it must hold for a prefix only). */
export function lowerBound<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (before(sorted[middle]!)) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Whether a character is what a regex's \s matches (the ECMAScript white space and line terminators), by its code:
 * asked for every character of long runs of blanks, where a regex test per character was the engine's hot spot.
 */
export function isBlank(char: string | undefined): boolean {
  return char !== undefined && isBlankCode(char.charCodeAt(0))
}

function isBlankCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/**
 * The first non-blank offset at or after `from` (or the text's length). It remembers the last run of blanks it
 * crossed, so that asking again from inside that run (at every line break of a run of blank lines) costs
 * nothing: scanning a whole text this way stays linear.
 */
export function blankSkipper(text: string): (from: number) => number {
  let runStart = -1
  let runEnd = -1
  return (from) => {
    if (from < runStart || from > runEnd) {
      runStart = from
      runEnd = blanksAfter(text, from)
    }
    return runEnd
  }
}

/**
 * The runs of non-blank characters of a text (its words, with their punctuation), found in one pass, for
 * questions asked about the runs around many offsets.
 */
export class Runs {
  readonly starts: number[] = []
  readonly ends: number[] = []

  constructor(text: string) {
    // \S is exactly what isBlank is not; the regex finds the runs in native code.
    const run = /\S+/g
    for (let found = run.exec(text); found; found = run.exec(text)) {
      this.starts.push(found.index)
      this.ends.push(found.index + found[0].length)
    }
  }

  /** The index of the run holding `offset`, or of the last run before it; -1 when there is none. */
  at(offset: number): number {
    return lowerBound(this.starts, (start) => start <= offset) - 1
  }
}

/** The runs of the last text asked for: the speaker and anonymous-source readers both need them, once per text. */
let lastRuns: { text: string; runs: Runs } | null = null

/** The runs of non-blank characters of a text, built once for the text the analysis is reading. */
export function runsOf(text: string): Runs {
  if (lastRuns?.text !== text) lastRuns = { text, runs: new Runs(text) }
  return lastRuns.runs
}

/** Where the blanks that end from–to begin (to, when it does not end with blanks). */
export function blanksBefore(text: string, to: number, from = 0): number {
  let index = to
  while (index > from && isBlank(text[index - 1])) index--
  return index
}

/** Where the blanks that start from–to end (from, when it does not start with blanks). */
export function blanksAfter(text: string, from: number, to = text.length): number {
  let index = from
  while (index < to && isBlank(text[index])) index++
  return index
}

/** Where the run of non-blank characters that ends at `end` begins. */
export function runBefore(text: string, end: number): number {
  let index = end
  while (index > 0 && !isBlank(text[index - 1])) index--
  return index
}

/**
 * A test for "within one of these spans" (span start <= start, end <= span end), for spans that do not overlap
 * (lines): the only candidate is the last span starting at or before, found by binary search.
 */
export function withinSpans(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  return (span) => {
    const holder = sorted[lowerBound(sorted, (s) => s.start <= span.start) - 1]
    return holder !== undefined && span.end <= holder.end
  }
}

/**
 * A test for "strictly inside one of these spans" (start < offset < end), built once and answered by binary
 * search over the spans' union, for checks made at every match in a long story.
 */
export function insideSpans(spans: readonly Span[]): (offset: number) => boolean {
  const union: Span[] = []
  // Quotations come in text order already: sorting half a million of them again cost more than the lookups.
  const inOrder = spans.every((span, index) => index === 0 || spans[index - 1]!.start <= span.start)
  for (const span of inOrder ? spans : [...spans].sort((a, b) => a.start - b.start)) {
    const last = union.at(-1)
    // Only overlapping spans merge: two that merely touch leave their shared edge outside both.
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end)
    else union.push({ start: span.start, end: span.end })
  }
  return (offset) => {
    let low = 0
    let high = union.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const span = union[middle]!
      if (offset <= span.start) high = middle - 1
      else if (offset >= span.end) low = middle + 1
      else return true
    }
    return false
  }
}

/** Where clauses end: each semicolon, colon, and full stop before a blank that does not end an abbreviation. */
export function clauseEndsOf(text: string): number[] {
  const ends: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // Not the full stop of "Sen." or "Dec.": "said Sen. Ada Brennan" is one clause.
    if (code === 0x3b || code === 0x3a || (code === 0x2e && isBlank(text[i + 1]) && !isAbbreviation(text, i))) ends.push(i)
  }
  return ends
}
