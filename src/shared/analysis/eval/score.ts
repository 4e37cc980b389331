import type { Analysis } from '../types'

export interface GoldQuote {
  start: number
  end: number
  /** Accepted names for the speaker; empty when the text names no one. */
  speakers: string[]
}

export interface Score {
  gold: number
  found: number
  predicted: number
  correctPredicted: number
  speakerCorrect: number
  /** Gold quotes the engine missed, and gold quotes whose speaker it got wrong, for reading. */
  misses: { start: number; end: number; text: string }[]
  wrongSpeakers: { text: string; expected: string[]; got: string | null }[]
}

/** A gold span counts as found when one predicted quotation covers at least half of it. */
const covers = (p: { start: number; end: number }, g: { start: number; end: number }): boolean =>
  Math.min(p.end, g.end) - Math.max(p.start, g.start) >= (g.end - g.start) / 2

/**
 * Scores quotation finding against gold spans. Only quotations in marks (direct and partial) are scored:
 * the gold marks quotations, not reported speech.
 */
export function scoreQuotes(analysis: Analysis, gold: GoldQuote[]): Score {
  const predicted = analysis.quotes.filter((q) => q.kind !== 'paraphrase')
  const score: Score = { gold: gold.length, found: 0, predicted: predicted.length, correctPredicted: 0, speakerCorrect: 0, misses: [], wrongSpeakers: [] }
  for (const g of gold) {
    const match = predicted.find((p) => covers(p, g))
    if (!match) {
      score.misses.push({ start: g.start, end: g.end, text: analysis.text.slice(g.start, g.end) })
      continue
    }
    score.found++
    const name = match.speaker.name
    const right = g.speakers.length === 0 ? name === null : name !== null && g.speakers.some((s) => s.toLowerCase() === name.toLowerCase())
    if (right) score.speakerCorrect++
    else score.wrongSpeakers.push({ text: analysis.text.slice(g.start, Math.min(g.end, g.start + 70)), expected: g.speakers, got: name })
  }
  score.correctPredicted = predicted.filter((p) => gold.some((g) => Math.min(p.end, g.end) > Math.max(p.start, g.start))).length
  return score
}
