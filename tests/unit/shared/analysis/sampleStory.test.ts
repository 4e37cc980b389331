import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../../../src/shared/analysis'
import { repoRoot, samplePath } from '../../../support/paths'

/**
 * The fixture's quotes, sources and flags are the gold: what a careful reader finds in the story. Gold items
 * the engine does not find yet are listed under knownMisses (with the reason), engine output that is wrong
 * under knownFalseAlarms. The gold never changes to suit the engine; the two lists follow the engine.
 */
interface Quote {
  kind: string
  text: string
  mention: string | null
  speaker: string | null
  cue: string | null
}
interface Source {
  name: string
  kind: string
  role: string
}
interface FlagItem {
  rule: string
  text: string
}
interface Sections {
  quotes: Quote[]
  sources: Source[]
  flags: FlagItem[]
}
type Listed<T> = T & { reason: string }
interface Fixture extends Sections {
  knownMisses: { quotes: Listed<Quote>[]; sources: Listed<Source>[]; flags: Listed<FlagItem>[] }
  knownFalseAlarms: { quotes: Listed<Quote>[]; sources: Listed<Source>[]; flags: Listed<FlagItem>[] }
}

const text = readFileSync(samplePath, 'utf8')
const expected = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/sample-story.expected.json'), 'utf8')) as Fixture
const analysis = analyzeText(text)
const slice = (start: number | null, end: number | null): string | null => (start === null || end === null ? null : text.slice(start, end))

const found: Sections = {
  quotes: analysis.quotes.map((q) => ({ kind: q.kind, text: q.text, mention: slice(q.speaker.start, q.speaker.end), speaker: q.speaker.name, cue: q.cue?.text ?? null })),
  sources: analysis.sources.map(({ name, kind, role }) => ({ name, kind, role })),
  flags: analysis.flags.map((f) => ({ rule: f.rule, text: text.slice(f.start, f.end) }))
}

const withoutReason = <T extends object>({ reason: _reason, ...item }: Listed<T>): T => item as unknown as T
/** Field by field, whatever order the fixture writes the keys in. */
const canonical = (item: object): string => JSON.stringify(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
const same = (a: object, b: object): boolean => canonical(a) === canonical(b)
const show = (item: object): string => JSON.stringify(item)
/** `items` with one occurrence of each of `removed` taken out, order kept. */
function minus<T extends object>(items: T[], removed: T[]): T[] {
  const left = [...items]
  for (const item of removed) {
    const index = left.findIndex((candidate) => same(candidate, item))
    if (index !== -1) left.splice(index, 1)
  }
  return left
}

function checkSection(section: keyof Sections): void {
  const gold = expected[section] as object[]
  const misses = (expected.knownMisses[section] as Listed<object>[]).map(withoutReason)
  const falseAlarms = (expected.knownFalseAlarms[section] as Listed<object>[]).map(withoutReason)
  const produced = found[section] as object[]

  for (const miss of misses) expect(gold.some((g) => same(g, miss)), `known miss ${show(miss)} is not a gold ${section} entry: copy it from the gold exactly`).toBe(true)
  for (const alarm of falseAlarms) expect(gold.some((g) => same(g, alarm)), `known false alarm ${show(alarm)} is in the gold: it cannot be both`).toBe(false)

  const wanted = minus(gold, misses)
  for (const item of wanted)
    expect(
      produced.some((p) => same(p, item)),
      `gold ${section} entry not found, the engine lost it (a regression; if it is accepted, list it in knownMisses.${section} with the reason): ${show(item)}`
    ).toBe(true)
  for (const miss of misses)
    expect(
      produced.some((p) => same(p, miss)),
      `the engine now finds the known miss ${show(miss)}: remove it from knownMisses.${section} in tests/fixtures/sample-story.expected.json (it stays in the gold)`
    ).toBe(false)
  for (const alarm of falseAlarms)
    expect(produced.some((p) => same(p, alarm)), `the engine no longer produces the known false alarm ${show(alarm)}: remove it from knownFalseAlarms.${section}`).toBe(true)
  for (const item of produced)
    expect(
      wanted.some((w) => same(w, item)) || falseAlarms.some((a) => same(a, item)),
      `the engine produces ${show(item)}, which is neither gold nor a known false alarm: if a careful reading of the story finds it, add it to the gold; if not, list it in knownFalseAlarms.${section} with the reason`
    ).toBe(true)

  // Exactly the gold the engine finds, once each and in the gold's order, plus the known false alarms.
  expect(minus(produced, falseAlarms)).toEqual(wanted)
}

describe('the sample story, against what a careful reader finds', () => {
  it('finds every quote and reported statement, with its speaker and cue, except the known misses', () => {
    checkSection('quotes')
  })

  it('gives offsets that index the original text exactly', () => {
    for (const quote of analysis.quotes) {
      expect(text.slice(quote.start, quote.end)).toBe(quote.text)
      if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text)
    }
  })

  it('lists the sources that speak, with kinds and roles, except the known misses', () => {
    checkSection('sources')
    expect(analysis.sources.find((s) => s.name === 'Andrei Krutsky')?.aliases).toEqual(['Krutsky'])
  })

  it('raises the flags an editor needs: the duplicated introduction, the second-hand and anonymous sourcing, the unattributed claim, the stray headline and the boilerplate', () => {
    checkSection('flags')
    const duplicate = analysis.flags.find((f) => f.rule === 'duplicate-introduction')!
    expect(duplicate.message).toContain('“the Russian President’s special representative for international cooperation in the field of information security”')
    expect(duplicate.message).toContain('“the Russian Foreign Ministry’s special envoy”')
  })
})
