import { Runs } from './text'
import type { Span } from './types'

export interface Described extends Span {
  /** The words after "the": "special representative of the president". */
  words: string
}

const WORD = /^[\p{L}’'-]+$/u
const isWordChar = (char: string | undefined): boolean => char !== undefined && /\w/.test(char)
/** "the", up to nine words, and an optional "also": at most eleven runs. */
const MOST_RUNS = 11
const MOST_WORDS = 9

/**
 * The descriptions that can end just before an offset: "the" (at a word boundary), one to nine words, perhaps
 * "also", then blanks — what `/\b(?:the|The)\s+((?:[\p{L}’'-]+\s+){0,8}?[\p{L}’'-]+)\s+(?:also\s+)?$/u` finds in
 * the text before the offset. That regex, anchored at the end of an ever longer sentence, was retried from every
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
    this.runs ??= new Runs(text)
    const { starts, ends } = this.runs
    const last = this.runs.at(offset - 1)
    // The text just before the offset must be blank.
    if (last < 0 || ends[last]! >= offset) return []
    let first = last
    while (first > 0 && last - first + 1 < MOST_RUNS && this.isWholeWord(first)) first--
    const found: Described[] = []
    for (let run = first; run < last; run++) {
      const the = ends[run]! - 3
      if (the < starts[run]! || !/^(?:the|The)$/.test(text.slice(the, ends[run])) || isWordChar(text[the - 1])) continue
      // The words after "the"; a closing "also" stays out of them when there are others.
      const also = last - run > 1 && text.slice(starts[last], ends[last]) === 'also'
      const lastWord = also ? last - 1 : last
      if (lastWord - run > MOST_WORDS) continue
      found.push({ start: the, end: ends[last]!, words: text.slice(starts[run + 1], ends[lastWord]) })
    }
    return found
  }

  private isWholeWord(run: number): boolean {
    let whole = this.wholeWord.get(run)
    if (whole === undefined) this.wholeWord.set(run, (whole = WORD.test(this.text.slice(this.runs!.starts[run], this.runs!.ends[run]))))
    return whole
  }
}
