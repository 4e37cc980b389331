import { describe, expect, it } from 'vitest'
import { analyzeText, type Analysis } from '../../../../src/shared/analysis'
import { reanalyse } from '../../../../src/shared/analysis/incremental'
import { attributionCases, newsPages, wikinewsArticles } from '../../../support/labelledTexts'

/** What a reader sees of an analysis: the quotes with their speakers and cues, the sources, the flags. */
const seen = (analysis: Analysis) => ({
  quotes: analysis.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker, cue: q.cue, source: q.sourceIndex })),
  sources: analysis.sources.map((s) => `${s.name} (${s.kind})`),
  flags: analysis.flags.filter((f) => f.rule !== 'duplicate-introduction' && f.rule !== 'name-spelling')
})

/** Stories as the editor writes them: paragraphs separated by one blank line. */
const stories = [...wikinewsArticles('development'), ...newsPages('development'), ...attributionCases('development')].map((t) => t.text.replace(/\r/g, '').replace(/\n\s*\n|\n/g, '\n\n'))

describe('re-analysing only the edited paragraph', () => {
  it('gives what a full analysis gives for typing anywhere in a story, nearly always', () => {
    let seed = 12
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    let same = 0
    let compared = 0
    for (const story of stories) {
      const before = analyzeText(story)
      for (let i = 0; i < 8; i++) {
        const at = random(story.length)
        const typed = [' word', 's', ' Maria Lopez said', ''][random(4)]!
        const edited = story.slice(0, at) + typed + story.slice(at + (typed ? 0 : 1 + random(6)))
        const quick = reanalyse(before, edited)
        if (!quick) continue
        compared++
        if (JSON.stringify(seen(quick)) === JSON.stringify(seen(analyzeText(edited)))) same++
      }
    }
    expect(compared).toBeGreaterThan(400)
    // The rest differ in the other names a source goes by, or where an edit cuts a name in two: transient
    // states that the full analysis after a longer pause puts right.
    expect(same / compared).toBeGreaterThanOrEqual(0.95)
  })

  it('re-attributes a quote when its speaker is typed, with the full name from paragraphs before, and keeps the rest in place', () => {
    const story = [
      'Councillor Maria Lopez opened the meeting on Monday.',
      'The budget was approved after an hour of debate.',
      'Residents had asked for more buses. “It is a start,” someone said.',
      '“We listened,” Lopez said.'
    ].join('\n\n')
    const before = analyzeText(story)
    expect(before.quotes[0]!.speaker.name).toBeNull()
    const edited = story.replace('someone said', 'Lopez said')
    const quick = reanalyse(before, edited)!
    expect(quick).not.toBeNull()
    expect(seen(quick)).toEqual(seen(analyzeText(edited)))
    expect(quick.quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['“It is a start,”', 'Maria Lopez'],
      ['“We listened,”', 'Maria Lopez']
    ])
  })

  it('asks for a full analysis when an edit joins or splits paragraphs or types a quotation mark', () => {
    const story = 'Maria Lopez spoke first.\n\n“We listened,” Lopez said.'
    const before = analyzeText(story)
    expect(reanalyse(before, story.replace('\n\n', ' '))).toBeNull()
    expect(reanalyse(before, story.replace('first.', 'first.\n\nThen she left.'))).toBeNull()
    expect(reanalyse(before, story.replace('spoke first', 'spoke “first'))).toBeNull()
    expect(reanalyse(before, story)).toBe(before)
  })
})
