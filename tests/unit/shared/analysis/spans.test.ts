import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../../../src/shared/analysis'
import { insideSpans } from '../../../../src/shared/analysis/text'
import { bodyText } from '../../../../src/shared/article/stats'
import { generateDocument } from '../../../../bench/generateDocument'

describe('span lookups used per quotation', () => {
  it('insideSpans answers as a scan of every span would, overlapping and touching spans included', () => {
    const spans = [
      { start: 10, end: 20 },
      { start: 2, end: 6 },
      { start: 15, end: 30 },
      { start: 30, end: 35 },
      { start: 40, end: 41 }
    ]
    const inside = insideSpans(spans)
    for (let offset = 0; offset <= 45; offset++) {
      expect(inside(offset), `offset ${offset}`).toBe(spans.some((s) => offset > s.start && offset < s.end))
    }
  })

  it('leave no quotation of a 50,000-word story without its speaker, as in a 2,000-word one', () => {
    // One quotation about every 32 words: the long story has 25 times the quotes, each with its cue nearby.
    const short = analyzeText(bodyText(generateDocument(2_000).body, '\n\n'))
    const long = analyzeText(bodyText(generateDocument(50_000).body, '\n\n'))
    expect(long.quotes.length / short.quotes.length).toBeGreaterThan(20)
    expect(short.quotes.filter((q) => q.sourceIndex === null)).toEqual([])
    expect(long.quotes.filter((q) => q.sourceIndex === null)).toEqual([])
  })
})
