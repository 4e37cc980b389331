import { describe, expect, it } from 'vitest'
import { analyzeText, type Analysis } from '../../../../src/shared/analysis'

// One passage per kind of attribution failure in issue 12, written for these tests (names and places invented).
// Each failed on the engine before the changes.

const speakerOf = (analysis: Analysis, words: string): string | null => {
  const quote = analysis.quotes.find((q) => q.text.includes(words))
  if (!quote) throw new Error(`no quote holds “${words}”`)
  return quote.speaker.name
}

describe('who said it, by kind of failure', () => {
  it('a pronoun is a person, never a place, a month or an event named nearby', () => {
    const place = analyzeText('Speaking in Marlow Falls on Friday, council leader Anwen Price defended the budget. “We have cut nothing that matters,” she said.')
    expect(speakerOf(place, 'cut nothing')).toBe('Anwen Price')
    const month = analyzeText('Tomas Ek runs the plant. On Dec. 13 the Harvest Lantern Festival opened beside it. “We will keep the lights on,” he said.')
    expect(speakerOf(month, 'lights on')).toBe('Tomas Ek')
  })

  it('a name starts at a word, and a person named after their organisation and job is the speaker', () => {
    const glued = analyzeText('The two rivals disagreed, while Kim Seo-yeon said the plan was sound. “It adds up,” Kim said.')
    expect(glued.sources.map((s) => s.name)).toContain('Kim Seo-yeon')
    expect(speakerOf(glued, 'adds up')).toBe('Kim Seo-yeon')
    const organisation = analyzeText('“We train every morning at five,” says Northfield Rowing Club captain Ada Okafor.')
    expect(speakerOf(organisation, 'every morning')).toBe('Ada Okafor')
  })

  it('a speaker the story only describes stays unnamed and is flagged, not given the name of someone before', () => {
    const analysis = analyzeText(
      'Mayor Lena Brandt praised the deal on Monday. A senior official in the finance office, who asked not to be named, said the figures did not add up. “Nobody has seen the contract,” she said.'
    )
    expect(speakerOf(analysis, 'Nobody has seen')).toBeNull()
    const quote = analysis.quotes.find((q) => q.text.includes('Nobody has seen'))!
    expect(analysis.flags.some((f) => f.rule === 'anonymous' && f.start === quote.speaker.start)).toBe(true)
    expect(analysis.flags.some((f) => f.rule === 'anonymous' && analysis.text.slice(f.start, f.end) === 'asked not to be named')).toBe(true)
  })

  it('the role is the title before the name, not a relative clause after it, and the name carries no title', () => {
    const clause = analyzeText('Councillor Priya Nair, who voted against the plan, spoke first. “This is a mistake,” Nair said.')
    expect(clause.sources).toEqual([expect.objectContaining({ name: 'Priya Nair', role: 'Councillor' })])
    const title = analyzeText('Transport Minister Ivo Marić said on Tuesday: “The line will open in May.”')
    expect(title.sources).toEqual([expect.objectContaining({ name: 'Ivo Marić', role: 'Transport Minister' })])
  })

  it('speech verbs beyond "said" attribute a quote', () => {
    const analysis = analyzeText('“We were lucky that night,” Dara Quinn recalled. “Lucky is not a plan,” scoffed Hugo Brenner. “Mind the gap,” Ines Duarte cautioned.')
    expect(speakerOf(analysis, 'lucky that night')).toBe('Dara Quinn')
    expect(speakerOf(analysis, 'not a plan')).toBe('Hugo Brenner')
    expect(speakerOf(analysis, 'Mind the gap')).toBe('Ines Duarte')
  })

  it('a quote with no cue is the words of whoever the sentence before reported', () => {
    const analysis = analyzeText('Rhys Owen said his club would appeal against the ban. “The decision ignores the evidence.”')
    expect(speakerOf(analysis, 'ignores the evidence')).toBe('Rhys Owen')
  })

  it('partial quotes in a sentence belong to its subject', () => {
    const analysis = analyzeText('Senator Mia Lund labelled the levy “a raid on pensions” and vowed to “fight it to the end.”')
    expect(speakerOf(analysis, 'a raid on pensions')).toBe('Mia Lund')
    expect(speakerOf(analysis, 'fight it')).toBe('Mia Lund')
  })

  it('political copy: abbreviated titles, party-and-state tags, and a surname that speaks before any full name', () => {
    const after = analyzeText('“We will not back down,” said Rep. Tom Whitfield, R-Ohio, at a news conference Tuesday.')
    expect(speakerOf(after, 'back down')).toBe('Tom Whitfield')
    const before = analyzeText('Rep. Tom Whitfield, R-Ohio, said: “We will not back down.”')
    expect(speakerOf(before, 'back down')).toBe('Tom Whitfield')
    const surname = analyzeText('Delgado, who chairs the committee, said the vote would happen Thursday. “We have the votes,” she said.')
    expect(speakerOf(surname, 'the votes')).toBe('Delgado')
  })

  it('an organisation speaks: “the ministry said” is the ministry named before, and “X of Y” is the person X', () => {
    const body = analyzeText('The Ministry of Health defended the closures on Friday. “Disruptions are posted publicly,” the ministry said.')
    expect(speakerOf(body, 'posted publicly')).toBe('Ministry of Health')
    const from = analyzeText('“I sat in that hearing room for three days,” said Renata Gaskill of Knoxville, who founded the group.')
    expect(speakerOf(from, 'hearing room')).toBe('Renata Gaskill')
  })

  it('titles and terms in quotation marks are not quotes and raise no "unattributed" flag', () => {
    const analysis = analyzeText(
      'Residents call it the so-called “ghost bus” because it never comes. The film “Silver Lake Nights” opens on Friday. “It is a love letter to the town,” director Sam Ortiz said.'
    )
    expect(analysis.quotes.map((q) => q.text)).toEqual(['“It is a love letter to the town,”'])
    expect(analysis.flags.filter((f) => f.rule === 'no-speaker')).toEqual([])
  })
})
