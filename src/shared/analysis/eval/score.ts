import { analyzeText } from '../analyze'
import type { Analysis, FoundQuote } from '../types'
import type { GoldQuote } from './gold'

export interface Score {
  /** Gold quotations of speech (direct and partial): what recall and speaker accuracy are out of. */
  gold: number
  found: number
  /** Quotations the engine reports (paraphrases aside), and those that are speech in the gold. */
  predicted: number
  correctPredicted: number
  /** Of them, those reported as direct quotes, and those of them that are speech. */
  predictedDirect: number
  correctDirect: number
  /** Speaker right by exact name (normalised), and by surname. A quote the engine missed counts as wrong. */
  speakerStrict: number
  speakerLenient: number
  /** "No one is named" flags on a quotation whose gold names its speaker or that is a title or term. */
  falseUnattributed: number
  /** Described speakers the gold marks anonymous, and how many of them carry an anonymous flag. */
  anonymousGold: number
  anonymousFlagged: number
  misses: { text: string }[]
  wrongSpeakers: { text: string; expected: string[]; got: string | null }[]
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start)
/** A gold span counts as found when one predicted quotation covers at least half of it. */
const covers = (p: { start: number; end: number }, g: { start: number; end: number }): boolean =>
  Math.min(p.end, g.end) - Math.max(p.start, g.start) >= (g.end - g.start) / 2

/** Lower case, accents, punctuation and a leading "the" dropped: "Al-Maeena" and "al Maeena", "The Straits Times" and "Straits Times" compare equal. */
export const normaliseName = (name: string): string =>
  name
    .replace(/^the\s+/i, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
const surname = (name: string): string => normaliseName(name).split(' ').pop() ?? ''

export function speakerMatches(gold: GoldQuote, name: string | null, strictness: 'strict' | 'lenient'): boolean {
  if (gold.speakers.length === 0) return name === null
  if (name === null) return false
  if (strictness === 'strict') return normaliseName(name) === normaliseName(gold.speakers[0]!)
  return gold.speakers.some((s) => normaliseName(s) === normaliseName(name) || surname(s) === surname(name))
}

/**
 * Scores an analysis against labelled quotations. Only quotations in marks (direct and partial) are predicted
 * quotes: reported speech without marks has no gold here. A title or term the engine reports as a quote counts
 * against precision.
 */
export function scoreQuotes(analysis: Analysis, gold: GoldQuote[]): Score {
  const predicted = analysis.quotes.filter((q) => q.kind !== 'paraphrase')
  const speech = gold.filter((g) => g.kind !== 'term')
  const score: Score = {
    gold: speech.length,
    found: 0,
    predicted: predicted.length,
    correctPredicted: predicted.filter((p) => speech.some((g) => overlaps(p, g))).length,
    predictedDirect: predicted.filter((p) => p.kind === 'direct').length,
    correctDirect: predicted.filter((p) => p.kind === 'direct' && speech.some((g) => overlaps(p, g))).length,
    speakerStrict: 0,
    speakerLenient: 0,
    falseUnattributed: 0,
    anonymousGold: 0,
    anonymousFlagged: 0,
    misses: [],
    wrongSpeakers: []
  }
  for (const g of speech) {
    const match: FoundQuote | undefined = predicted.find((p) => covers(p, g))
    if (match) score.found++
    else score.misses.push({ text: analysis.text.slice(g.start, g.end) })
    const name = match ? match.speaker.name : null
    if (match && speakerMatches(g, name, 'strict')) score.speakerStrict++
    if (match && speakerMatches(g, name, 'lenient')) score.speakerLenient++
    else if (match) score.wrongSpeakers.push({ text: analysis.text.slice(g.start, Math.min(g.end, g.start + 70)), expected: g.speakers, got: name })
    if (g.anonymous) {
      score.anonymousGold++
      if (analysis.flags.some((f) => f.rule === 'anonymous' && match && (overlaps(f, match) || (match.speaker.start !== null && f.start === match.speaker.start)))) score.anonymousFlagged++
    }
  }
  score.falseUnattributed = analysis.flags.filter(
    (f) => f.rule === 'no-speaker' && gold.some((g) => overlaps(f, g) && (g.kind === 'term' || g.speakers.length > 0))
  ).length
  return score
}

/** The counts of a score, without the lists of misses kept for reading. */
export type Counts = Omit<Score, 'misses' | 'wrongSpeakers'>

/** The engine's score summed over labelled texts, each analysed on its own. */
export function scoreTexts(texts: readonly { text: string; gold: GoldQuote[] }[]): Counts {
  const total: Counts = { gold: 0, found: 0, predicted: 0, correctPredicted: 0, predictedDirect: 0, correctDirect: 0, speakerStrict: 0, speakerLenient: 0, falseUnattributed: 0, anonymousGold: 0, anonymousFlagged: 0 }
  for (const { text, gold } of texts) {
    const score = scoreQuotes(analyzeText(text), gold)
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += score[key]
  }
  return total
}
