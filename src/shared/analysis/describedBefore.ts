import { isPersonNoun } from './lexicon'
import { runsOf, type Runs } from './text'
import type { Span } from './types'

export interface Described extends Span {
  /** The words after the determiner: "special representative of the president". */
  words: string
  /** "a doctor", "one official": someone the story does not name, never a source it named before. */
  indefinite: boolean
}

/** Determiners that open a description of a speaker, and whether each introduces someone new. */
const DETERMINERS = new Map([
  ['the', false], ['The', false], ['a', true], ['A', true], ['an', true], ['An', true], ['one', true], ['One', true],
  ['another', true], ['Another', true]
])
/** A determiner ending a run of non-blank characters ("“the"); whether a word character comes before it is checked apart. */
const DETERMINER_AT_END = new RegExp(`(?:${[...DETERMINERS.keys()].join('|')})$`)

const WORD = /^[\p{L}’'-]+$/u
const isWordChar = (char: string | undefined): boolean => char !== undefined && /\w/.test(char)
/** "the", up to nine words, and an optional "also": at most eleven runs. */
const MOST_RUNS = 11
const MOST_WORDS = 9

/**
 * The descriptions that can end just before an offset: a determiner ("the", "a", "one"…, at a word boundary), one
 * to nine words, perhaps "also", then blanks — what `/\b(?:the|The|a|…)\s+((?:[\p{L}’'-]+\s+){0,8}?[\p{L}’'-]+)\s+(?:also\s+)?$/u`
 * finds in the text before the offset. That regex, anchored at the end of an ever longer sentence, was retried from every
 * position of it; here the text is cut once into its runs of non-blank characters, and the question is answered
 * from the last eleven runs before the offset.
 */
export class DescriptionsBefore {
  private runs: Runs | null = null
  /** Whether each run is one whole word ([\p{L}’'-]+), through which a description reaches further left; read when first asked. */
  private readonly wholeWord = new Map<number, boolean>()

  constructor(private readonly text: string) {}

  /** The descriptions ending with blanks just before `offset`, leftmost first. */
  before(offset: number): Described[] {
    const { text } = this
    this.runs ??= runsOf(text)
    const { starts, ends } = this.runs
    const last = this.runs.at(offset - 1)
    // The text just before the offset must be blank.
    if (last < 0 || ends[last]! >= offset) return []
    let first = last
    while (first > 0 && last - first + 1 < MOST_RUNS && this.isWholeWord(first)) first--
    const found: Described[] = []
    for (let run = first; run < last; run++) {
      const determiner = DETERMINER_AT_END.exec(text.slice(starts[run], ends[run]))
      const the = ends[run]! - (determiner?.[0].length ?? 0)
      if (!determiner || isWordChar(text[the - 1])) continue
      const indefinite = DETERMINERS.get(determiner[0])!
      // The words after "the"; a closing "also" stays out of them when there are others.
      const also = last - run > 1 && text.slice(starts[last], ends[last]) === 'also'
      const lastWord = also ? last - 1 : last
      if (lastWord - run > MOST_WORDS) continue
      found.push({ start: the, end: ends[last]!, words: text.slice(starts[run + 1], ends[lastWord]), indefinite })
    }
    return found
  }

  private isWholeWord(run: number): boolean {
    let whole = this.wholeWord.get(run)
    if (whole === undefined) this.wholeWord.set(run, (whole = WORD.test(this.text.slice(this.runs!.starts[run], this.runs!.ends[run]))))
    return whole
  }
}

/**
 * "Republican nominee", "House speaker", "Indiana governor": capitalised words before a lower-case noun for a
 * person, the way a story refers again to someone it has named.
 */
export function isEpithet(words: string): boolean {
  const list = words.split(/\s+/)
  const head = list.at(-1)!
  return list.length > 1 && /[A-Z]/.test(words) && /^\p{Ll}/u.test(head) && isPersonNoun(head)
}
