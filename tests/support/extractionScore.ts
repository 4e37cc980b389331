/** How much of a gold article's text an extraction got, and how much else it brought. */
export interface OverlapScore {
  precision: number
  recall: number
  f1: number
}

/** Lower-case words, as the extraction benchmarks tokenise (runs of letters and digits). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * Precision and recall of `extracted` against `gold` over n-word shingles counted with repetition — the
 * measure of scrapinghub's article-extraction benchmark with n = 4 — or, with n = 1, over words (the issue's
 * "word precision and recall"). A text shorter than n words is one shingle.
 */
export function overlap(extracted: string, gold: string, n = 4): OverlapScore {
  const a = shingles(words(extracted), n)
  const b = shingles(words(gold), n)
  let shared = 0
  let total = 0
  for (const [shingle, count] of a) {
    total += count
    shared += Math.min(count, b.get(shingle) ?? 0)
  }
  let goldTotal = 0
  for (const count of b.values()) goldTotal += count
  const precision = total ? shared / total : goldTotal ? 0 : 1
  const recall = goldTotal ? shared / goldTotal : 1
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}

function shingles(list: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>()
  if (list.length === 0) return counts
  for (let i = 0; i + n <= Math.max(list.length, n); i++) {
    const key = list.slice(i, i + n).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}
