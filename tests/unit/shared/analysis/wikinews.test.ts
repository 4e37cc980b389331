import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../../../src/shared/analysis'
import { scoreTexts } from '../../../../src/shared/analysis/eval/score'
import { attributionCases, hardNews, wikinewsArticles } from '../../../support/labelledTexts'

// The development halves only: the held-out halves are scored by `npm run bench:quotes`, to report, not to pass.

describe('quotes and speakers on labelled Wikinews articles (development half)', () => {
  const articles = wikinewsArticles('development')
  const score = scoreTexts(articles)

  it('uses twelve articles with every quotation labelled', () => {
    expect(articles).toHaveLength(12)
    expect(wikinewsArticles('held-out')).toHaveLength(12)
    expect(score.gold).toBeGreaterThanOrEqual(70)
  })

  it('finds at least 95% of the quotations of speech', () => {
    expect(score.found / score.gold).toBeGreaterThanOrEqual(0.95)
  })

  it('names the right speaker, by surname, for at least 85% of them', () => {
    expect(score.speakerLenient / score.gold).toBeGreaterThanOrEqual(0.85)
  })

  it('finds no quotations in text that uses no quotation marks', () => {
    const plain = 'The council met on Tuesday. It approved the budget after a long debate.\n\nMembers voted 7 to 4.'
    expect(analyzeText(plain).quotes.filter((q) => q.kind !== 'paraphrase')).toEqual([])
  })
})

describe('the passages written for each kind of attribution failure (development half)', () => {
  const score = scoreTexts(attributionCases('development'))

  it('finds every quotation and names the right full name for at least 85% of them', () => {
    expect(score.found).toBe(score.gold)
    expect(score.speakerStrict / score.gold).toBeGreaterThanOrEqual(0.85)
  })

  it('reports few titles and terms as quotes, and flags almost no attributed quote as unattributed', () => {
    expect(score.correctPredicted / score.predicted).toBeGreaterThanOrEqual(0.93)
    expect(score.falseUnattributed).toBeLessThanOrEqual(3)
  })

  it('flags most speakers the story only describes as anonymous', () => {
    expect(score.anonymousFlagged / score.anonymousGold).toBeGreaterThanOrEqual(0.8)
  })
})

describe('the hard news articles (development half)', () => {
  const articles = hardNews('development')
  const score = scoreTexts(articles)

  it('uses twelve articles of each half, every quotation labelled', () => {
    expect(articles).toHaveLength(12)
    expect(hardNews('held-out')).toHaveLength(12)
    expect(score.gold).toBeGreaterThanOrEqual(240)
  })

  it('finds at least 97% of the quotations and names the right speaker, by surname, for at least 80%', () => {
    expect(score.found / score.gold).toBeGreaterThanOrEqual(0.97)
    expect(score.speakerLenient / score.gold).toBeGreaterThanOrEqual(0.8)
  })
})
