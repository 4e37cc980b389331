import type { AttributionContext, Draft, SpeakerMention } from './attribution'
import type { Cue } from './cues'
import { PARAPHRASE_CUES } from './lexicon'
import { blanksAfter, blanksBefore, isBlank, lowerBound } from './text'
import type { Span } from './types'

const PARAPHRASE_CUE_SET: ReadonlySet<string> = new Set(PARAPHRASE_CUES)

/** Reported speech without quotation marks: “Krutsky said that …”, “According to him, …”. */
export function findParaphrases(context: AttributionContext, cues: Cue[], quotations: Span[]): Draft[] {
  const { text } = context
  const drafts: Draft[] = []
  const commas = positionsOf(text, ',')
  const thatClauseEnd = thatClauses(text)
  // Paraphrases already found in the current sentence: a cue inside one is part of it. All of a sentence's
  // end where the sentence does, so the earliest start is enough to tell.
  let claimed: { sentence: number; earliest: number; starts: Set<number> } = { sentence: -1, earliest: Infinity, starts: new Set() }
  for (const cue of cues) {
    const sentence = context.sentence(cue.start)
    if (claimed.sentence !== sentence.start) claimed = { sentence: sentence.start, earliest: Infinity, starts: new Set() }
    const quotation = quotations[lowerBound(quotations, (q) => q.end <= sentence.start)]
    if (quotation && quotation.start < sentence.end) continue
    if (cue.start >= claimed.earliest) continue
    const sentenceEnd = sentence.end - (sentence.end > sentence.start && /[.!?]/.test(text[sentence.end - 1]!) ? 1 : 0)
    let speaker: SpeakerMention | null
    let contentStart: number
    if (cue.type === 'leading') {
      if (!/^[\p{Lu}]/u.test(cue.text)) continue
      speaker = context.speakerAfter(cue, sentence.end)
      const comma = commas[lowerBound(commas, (c) => c < (speaker?.end ?? cue.end))]
      if (!speaker || comma === undefined || comma >= sentenceEnd) continue
      contentStart = comma + 1
    } else {
      if (!PARAPHRASE_CUE_SET.has(cue.text.toLowerCase())) continue
      const passive = passiveSubjectBefore(text, sentence.start, cue.start)
      const after = text.slice(cue.end, sentenceEnd)
      const that = thatClauseEnd(cue.end, sentenceEnd)
      if (passive !== -1) {
        if (that === -1) continue
        speaker = { type: 'passive', start: passive, end: cue.end }
      } else {
        speaker = context.speakerBefore(cue, sentence.start)
        if (!speaker) continue
      }
      const trailing = that === -1 && speaker.type !== 'passive' ? clauseBeforeSpeaker(text, sentence.start, speaker.start, after) : -1
      if (trailing !== -1) {
        // "The plan would fail, Smith said.": the words before the comma are what was said.
        const resolved = context.resolve(speaker)
        drafts.push({ start: sentence.start, end: trailing, kind: 'paraphrase', cue, speaker: resolved })
        claimed.earliest = Math.min(claimed.earliest, sentence.start)
        claimed.starts.add(sentence.start)
        continue
      }
      if (that !== -1) contentStart = that
      else if (/^(?:told|tells)$/i.test(cue.text)) continue
      else {
        // "said there was", "urged Russian leader Vladimir Putin not to": the clause follows the verb.
        const direct = /^\s+(?=[\p{L}])/u.exec(after)
        if (!direct || /^\s+(?:by|in|on|at|to|for|with|from|of|and|or|but|as|after|before|last|this|it|so)\b/i.test(after)) continue
        contentStart = cue.end + direct[0].length
      }
    }
    while (isBlank(text[contentStart])) contentStart++
    if (sentenceEnd - contentStart < 8 || claimed.starts.has(contentStart)) continue
    const resolved = context.resolve(speaker)
    drafts.push({ start: contentStart, end: sentenceEnd, kind: 'paraphrase', cue, speaker: resolved })
    claimed.earliest = Math.min(claimed.earliest, contentStart)
    claimed.starts.add(contentStart)
  }
  return drafts
}

/**
 * Where the reported clause ends in "The plan would fail, Smith said on Tuesday.": the comma just before the
 * speaker, when a clause of three words or more runs from the sentence's start to it and only a few words follow
 * the cue (`after`, up to the sentence's end), or -1.
 */
function clauseBeforeSpeaker(text: string, sentenceStart: number, speakerStart: number, after: string): number {
  const comma = blanksBefore(text, speakerStart, sentenceStart) - 1
  if (comma < sentenceStart || text[comma] !== ',' || !TRAILING_ADJUNCT.test(after)) return -1
  const clause = text.slice(sentenceStart, comma)
  return /^\p{Lu}/u.test(clause) && clause.split(/\s+/).length >= 3 && !/[,;:]/.test(clause.slice(-1)) ? comma : -1
}

/** What may follow a trailing cue: nothing, or a few words of when, where or how ("on Tuesday", "in a statement"). */
const TRAILING_ADJUNCT = /^(?:\s+(?:on|in|at|during|after|before|last|this|yesterday|today|tonight|earlier|later|recently|told|to)\b[^,;:]{0,50})?\s*$/i

function positionsOf(text: string, char: string): number[] {
  const positions: number[] = []
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) positions.push(i)
  return positions
}

const VERBS = ['was', 'is', 'been']
const AUXILIARIES = ['has', 'had']

/**
 * "It was reported": the offset of "It" when from–to ends with "It was", "It is", "It has been" or "It had been"
 * and blanks, or -1 — what `/\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+$/` finds, read from the end: that
 * regex, anchored at the end of the sentence so far, read the whole of it again for every cue.
 */
export function passiveSubjectBefore(text: string, from: number, to: number): number {
  const verbEnd = blanksBefore(text, to, from)
  if (verbEnd === to) return -1
  const verb = VERBS.find((word) => wordEndsAt(text, from, verbEnd, word))
  if (verb === undefined) return -1
  let itEnd = blanksBefore(text, verbEnd - verb.length, from)
  if (verb === 'been') {
    const auxiliary = AUXILIARIES.find((word) => wordEndsAt(text, from, itEnd, word))
    if (auxiliary === undefined) return -1
    itEnd = blanksBefore(text, itEnd - auxiliary.length, from)
  }
  const it = itEnd - 2
  if (it < from || !/^[Ii]t$/.test(text.slice(it, itEnd))) return -1
  return it === from || !/\w/.test(text[it - 1]!) ? it : -1
}

/** Whether `word` ends at `end`, right after a blank that lies in from–end. */
function wordEndsAt(text: string, from: number, end: number, word: string): boolean {
  const start = end - word.length
  return start - 1 >= from && text.startsWith(word, start) && isBlank(text[start - 1])
}

/**
 * Where "that" and its blanks end after a cue ("said that", "told the committee that"), or -1: what
 * `/^(?:\s+[^,;.]{0,60}?)?\s+that\s+/` matches in from–to. That regex backtracked through every way of
 * splitting a run of blanks, quadratic in its length; this follows its order of preference directly. First, a
 * "that" between blanks whose blanks start within 60 characters after the first word, with no comma, semicolon
 * or full stop before them; failing that, "that" as the first word. Built once per text: the candidates are the
 * offsets of every "that" between blanks, found by binary search.
 */
export function thatClauses(text: string): (from: number, to: number) => number {
  const thats: number[] = []
  for (let i = text.indexOf('that'); i !== -1; i = text.indexOf('that', i + 1)) {
    if (isBlank(text[i - 1]) && isBlank(text[i + 4])) thats.push(i)
  }
  const marks = [...positionsOf(text, ','), ...positionsOf(text, ';'), ...positionsOf(text, '.')].sort((a, b) => a - b)
  const endAfter = (that: number, to: number): number => (that + 4 < to ? blanksAfter(text, that + 4, to) : -1)
  return (from, to) => {
    const base = blanksAfter(text, from, to)
    if (base === from) return -1
    const that = thats[lowerBound(thats, (t) => t <= base)]
    if (that !== undefined) {
      const gap = blanksBefore(text, that, base)
      const mark = marks[lowerBound(marks, (m) => m < base)]
      if (gap <= base + 60 && (mark === undefined || mark >= gap) && endAfter(that, to) !== -1) return endAfter(that, to)
    }
    return text.startsWith('that', base) && isBlank(text[base + 4]) ? endAfter(base, to) : -1
  }
}
