import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../../../src/shared/analysis'
import { repoRoot, samplePath } from '../../../support/paths'

const text = readFileSync(samplePath, 'utf8')
const expected = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/sample-story.expected.json'), 'utf8'))
const analysis = analyzeText(text)
const slice = (start: number | null, end: number | null): string | null => (start === null || end === null ? null : text.slice(start, end))

describe('the sample story, pinned completely', () => {
  it('finds every quote and reported statement, with its speaker and cue', () => {
    expect(
      analysis.quotes.map((q) => ({ kind: q.kind, text: q.text, mention: slice(q.speaker.start, q.speaker.end), speaker: q.speaker.name, cue: q.cue?.text ?? null }))
    ).toEqual(expected.quotes)
  })

  it('gives offsets that index the original text exactly', () => {
    for (const quote of analysis.quotes) {
      expect(text.slice(quote.start, quote.end)).toBe(quote.text)
      if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text)
    }
  })

  it('lists the sources that speak, with kinds and roles', () => {
    expect(analysis.sources.map(({ name, kind, role }) => ({ name, kind, role }))).toEqual(expected.sources)
    expect(analysis.sources.find((s) => s.name === 'Andrei Krutsky')?.aliases).toEqual(['Krutsky'])
  })

  it('raises exactly the flags an editor needs: the duplicated introduction, the second-hand and anonymous sourcing, the unattributed claim, the stray headline and the boilerplate', () => {
    expect(analysis.flags.map((f) => ({ rule: f.rule, text: text.slice(f.start, f.end) }))).toEqual(expected.flags)
    const duplicate = analysis.flags.find((f) => f.rule === 'duplicate-introduction')!
    expect(duplicate.message).toContain('“the Russian President’s special representative for international cooperation in the field of information security”')
    expect(duplicate.message).toContain('“the Russian Foreign Ministry’s special envoy”')
  })
})
