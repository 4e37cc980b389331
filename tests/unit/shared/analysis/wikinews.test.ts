import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../../../src/shared/analysis'
import { scoreQuotes } from '../../../../src/shared/analysis/eval/score'
import { wikinewsFixtures } from '../../../support/wikinews'

const fixtures = wikinewsFixtures()
const scores = fixtures.map((f) => ({ doc: f.doc, ...scoreQuotes(analyzeText(f.text), f.gold) }))
const total = (key: 'gold' | 'found' | 'speakerCorrect' | 'predicted' | 'correctPredicted'): number => scores.reduce((sum, s) => sum + s[key], 0)

describe('quotes and speakers on Wikinews articles with gold spans and our speaker labels', () => {
  it('uses at least 10 labelled articles', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10)
    expect(total('gold')).toBeGreaterThanOrEqual(60)
  })

  it('finds at least 95% of the gold quotation spans', () => {
    expect(total('found') / total('gold')).toBeGreaterThanOrEqual(0.95)
  })

  it('names the right speaker for at least 90% of the gold quotes', () => {
    expect(total('speakerCorrect') / total('gold')).toBeGreaterThanOrEqual(0.9)
  })

  it('finds no quotations in articles whose gold has none and that use no quotation marks', () => {
    const plain = 'The council met on Tuesday. It approved the budget after a long debate.\n\nMembers voted 7 to 4.'
    expect(analyzeText(plain).quotes.filter((q) => q.kind !== 'paraphrase')).toEqual([])
  })
})
