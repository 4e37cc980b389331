import { LEADING_CUES, SPEECH_CUES, WEAK_CUES } from './lexicon'
import { insideSpans } from './text'
import type { Span } from './types'

export interface Cue extends Span {
  text: string
  type: 'speech' | 'weak' | 'leading'
}

const escape = (word: string): string => word.replace(/ /g, '\\s+')
const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|')
const CUE_PATTERN = new RegExp(
  String.raw`\b(?:(${alternatives(LEADING_CUES)})|(${alternatives(SPEECH_CUES)})|(${alternatives(WEAK_CUES)}))\b`,
  'gi'
)

const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|her|his|their|its|our|my|your|this|these|those)\s+$/iu

/** Every speech or reporting cue outside quotation marks, in text order. */
export function findCues(text: string, quotations: Span[]): Cue[] {
  const cues: Cue[] = []
  const quoted = insideSpans(quotations)
  CUE_PATTERN.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = CUE_PATTERN.exec(text))) {
    const start = match.index
    if (quoted(start)) continue
    // Lower-case only, except a leading cue that starts a sentence ("According to him").
    if (!match[1] && /^\p{Lu}/u.test(match[0])) continue
    // After a determiner a cue word is a noun: "her claims were", "the report", "his remarks".
    if (!match[1] && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 7), start))) continue
    const type = match[1] ? 'leading' : match[2] ? 'speech' : 'weak'
    cues.push({ start, end: start + match[0].length, text: match[0], type })
  }
  return cues
}
