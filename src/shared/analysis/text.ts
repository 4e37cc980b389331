import type { Span } from './types'

export interface Line extends Span {
  text: string
}

/** Every non-empty line of the text, with its offsets. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const line of text.split('\n')) {
    const trimmed = line.replace(/\s+$/, '')
    const lead = trimmed.length - trimmed.trimStart().length
    if (trimmed.trim()) lines.push({ start: start + lead, end: start + trimmed.length, text: trimmed.trim() })
    start += line.length + 1
  }
  return lines
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'col', 'capt', 'lt', 'sgt',
  'no', 'vs', 'etc', 'inc', 'ltd', 'corp', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'rev', 'hon', 'mt', 'ft'
])

/**
 * Sentences as spans. A sentence ends at . ! or ? followed by a space and a capital letter or an opening
 * quote, or at a line break. Full stops inside quotations, in abbreviations ("Mr.", "Feb.") and in
 * initialisms ("U.S.") do not end one.
 */
export function sentencesOf(text: string, quotations: Span[]): Span[] {
  const sentences: Span[] = []
  let quoteIndex = 0
  const skipToStart = (from: number): number => {
    let index = from
    while (index < text.length && /\s/.test(text[index]!)) index++
    return index
  }
  let start = skipToStart(0)
  for (let index = 0; index < text.length; index++) {
    while (quoteIndex < quotations.length && quotations[quoteIndex]!.end <= index) quoteIndex++
    const quote = quotations[quoteIndex]
    const insideQuote = quote !== undefined && index > quote.start && index < quote.end - 1
    const char = text[index]!
    if (char === '\n') {
      if (index > start) sentences.push({ start, end: index })
      start = skipToStart(index + 1)
      continue
    }
    if (insideQuote || !/[.!?]/.test(char)) continue
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

function isAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? ''
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word + '.') || /^\p{Lu}$/u.test(word)) return true
  return ABBREVIATIONS.has(word.toLowerCase())
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
  return (offset) => {
    let count = 0
    while (count < breaks.length && breaks[count]! < offset) count++
    return count
  }
}

/**
 * The spans of `sorted` (ordered by start) that lie within from–to, in order. A binary search: the engine asks
 * this once or twice per quotation, and a linear scan each time made long stories quadratic.
 */
export function spansWithin<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]!.start < from) low = middle + 1
    else high = middle
  }
  const found: T[] = []
  for (let i = low; i < sorted.length && sorted[i]!.start <= to; i++) if (sorted[i]!.end <= to) found.push(sorted[i]!)
  return found
}

/**
 * A test for "strictly inside one of these spans" (start < offset < end), built once and answered by binary
 * search over the spans' union, for checks made at every match in a long story.
 */
export function insideSpans(spans: readonly Span[]): (offset: number) => boolean {
  const union: Span[] = []
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
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
