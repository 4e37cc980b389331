import type { Draft } from './attribution'
import { lowerBound } from './text'

/** How many quotes without a speaker are looked for elsewhere: each look reads the story's quotes once. */
const MOST_ECHOES = 64
/** Fewer words than this are a phrase many people use, not an echo of one quote. */
const FEWEST_WORDS = 3

/**
 * A quote with no speaker whose words another quote repeats, in full or in part, is that quote's speaker's: a
 * headline or a lead that previews words attributed further down (“We cannot wait another winter”: … ¶ … “We
 * cannot wait another winter,” said Margaret Ellery-Vance).
 */
export function creditEchoes(text: string, drafts: Draft[]): void {
  const attributed = drafts.filter((d) => d.speaker !== null && d.kind !== 'paraphrase')
  if (attributed.length === 0) return
  // Every attributed quote's words, lower case, joined with a separator no quote's words hold.
  const starts: number[] = []
  let joined = ''
  for (const draft of attributed) {
    starts.push(joined.length)
    joined += `${wordsOf(text.slice(draft.start, draft.end))}\u0000`
  }
  let looked = 0
  for (const draft of drafts) {
    if (draft.speaker !== null || draft.kind === 'paraphrase') continue
    const words = wordsOf(text.slice(draft.start, draft.end))
    if (words.split(' ').length < FEWEST_WORDS) continue
    if (++looked > MOST_ECHOES) break
    for (let at = joined.indexOf(words); at !== -1; at = joined.indexOf(words, at + 1)) {
      const source = attributed[lowerBound(starts, (s) => s <= at) - 1]!
      if (source.start === draft.start) continue
      draft.speaker = source.speaker
      break
    }
  }
}

/** A quote's words in lower case, single-spaced, without its marks and punctuation. */
function wordsOf(quote: string): string {
  return quote
    .toLowerCase()
    .replace(/[^\p{L}\p{N}’']+/gu, ' ')
    .trim()
}
