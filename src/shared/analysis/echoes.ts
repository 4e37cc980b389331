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
  const unattributed = drafts
    .filter((d) => d.speaker === null && d.kind !== 'paraphrase')
    .map((draft) => ({ draft, words: innerWords(text, draft) }))
    .filter(({ words }) => words.split(' ').length >= FEWEST_WORDS)
    .slice(0, MOST_ECHOES)
  if (unattributed.length === 0) return
  const attributed = drafts.filter((d) => d.speaker !== null && d.kind !== 'paraphrase')
  // Every attributed quote's text in lower case (which can change its length: "İ"), joined with a separator no
  // quote holds.
  const starts: number[] = []
  const parts: string[] = []
  let length = 0
  for (const draft of attributed) {
    const part = text.slice(draft.start, draft.end).toLowerCase()
    starts.push(length)
    parts.push(part)
    length += part.length + 1
  }
  const joined = parts.join('\u0000')
  for (const { draft, words } of unattributed) {
    const at = joined.indexOf(words)
    if (at !== -1) draft.speaker = attributed[lowerBound(starts, (s) => s <= at) - 1]!.speaker
  }
}

/** A quote's words in lower case, without its marks and the punctuation around them. */
function innerWords(text: string, quote: Draft): string {
  return text
    .slice(quote.start + 1, quote.end - 1)
    .replace(/^[\s.,;:!?…]+|[\s.,;:!?…"”’']+$/g, '')
    .toLowerCase()
}
