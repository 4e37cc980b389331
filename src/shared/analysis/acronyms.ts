import type { SourceRegistry } from './sources'
import { SuffixNames } from './suffixNames'
import { blanksBefore, isBlank, runBefore } from './text'

const ACRONYM = /\(([\p{Lu}]{2,8})\)/gu
const WORD = /^[\p{Lu}][\p{L}]*$/u
const isLetter = (char: string): boolean => /^\p{L}$/u.test(char)
const isCapital = (char: string): boolean => /^\p{Lu}$/u.test(char)

/**
 * “Korean Central News Agency (KCNA)”: each acronym in brackets with the run of capitalised words (joined by
 * blanks or “of”) before it, as `([\p{Lu}][\p{L}]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}]*)+)\s+\(([\p{Lu}]{2,8})\)`
 * finds them. That regex, tried at every capital of a long run of capitalised words, read the rest of the run
 * each time; here each bracket is found first and the words before it are read backwards, once.
 */
export function findAcronyms(text: string): { name: string; acronym: string }[] {
  const found: { name: string; acronym: string }[] = []
  ACRONYM.lastIndex = 0
  for (let match = ACRONYM.exec(text); match; match = ACRONYM.exec(text)) {
    const end = blanksBefore(text, match.index)
    const start = end < match.index ? chainStart(text, end) : -1
    if (start !== -1) found.push({ name: text.slice(start, end), acronym: match[1]! })
  }
  return found
}

/**
 * The leftmost start of two or more capitalised words ending at `end`, or -1. Every word but the first is a
 * whole run after a blank (perhaps after a blank-separated "of"); the first may start inside its run ("xAgency").
 */
function chainStart(text: string, end: number): number {
  let start = end
  let words = 0
  for (;;) {
    const wordEnd = words === 0 ? end : connectorBefore(text, blanksBefore(text, start))
    if (wordEnd === -1 || (words > 0 && wordEnd === start)) break
    const runStart = runBefore(text, wordEnd)
    const wordStart = words === 0 ? (WORD.test(text.slice(runStart, wordEnd)) ? runStart : -1) : firstWordStart(text, runStart, wordEnd)
    if (wordStart === -1) break
    words++
    start = wordStart
    if (wordStart !== runStart || runStart === 0) break
  }
  return words >= 2 ? start : -1
}

/** Where the word before a blank run ending at `end` ends, stepping over a blank-separated "of". */
function connectorBefore(text: string, end: number): number {
  const runStart = runBefore(text, end)
  if (text.slice(runStart, end) !== 'of' || runStart === 0 || !isBlank(text[runStart - 1])) return end
  const wordEnd = blanksBefore(text, runStart)
  return wordEnd === 0 ? -1 : wordEnd
}

/**
 * The leftmost offset in runStart–end from which the rest is one capitalised word: the first capital of the
 * letters that end the run. -1 when there is none.
 */
function firstWordStart(text: string, runStart: number, end: number): number {
  let letters = end
  while (letters > runStart) {
    const char = codePointBefore(text, letters)
    if (!isLetter(char)) break
    letters -= char.length
  }
  for (let offset = letters; offset < end; ) {
    const char = String.fromCodePoint(text.codePointAt(offset)!)
    if (isCapital(char)) return offset
    offset += char.length
  }
  return -1
}

/** The code point ending at `end`: one UTF-16 unit, or two for a surrogate pair. */
function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1)
  const high = text.charCodeAt(end - 2)
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(end - 2, end) : text[end - 1]!
}

/** “Korean Central News Agency (KCNA)”: the acronym becomes an alias of the first source whose name ends the words before it. */
export function learnAcronyms(text: string, registry: SourceRegistry): void {
  const names = new SuffixNames(registry.records.map((r) => r.name))
  for (const { name, acronym } of findAcronyms(text)) {
    const index = names.firstEndingOf(name)
    if (index !== -1) registry.addAlias(index, acronym)
  }
}
