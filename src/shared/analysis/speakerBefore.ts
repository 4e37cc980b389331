import type { SpeakerMention } from './attribution'
import { CommaGaps } from './commaGaps'
import { DescriptionsBefore, isEpithet } from './describedBefore'
import type { NameMention } from './mentions'
import { PERSON_NOUNS, SUBJECT_PRONOUNS } from './lexicon'
import { blanksAfter, lowerBound } from './text'
import type { Span } from './types'

const PRONOUN = new RegExp(String.raw`\b(${SUBJECT_PRONOUNS.join('|')})\b`, 'gi')
/** ", the spokesperson for the ministry,": a name inside an appositive describes; it does not speak. */
const APPOSITIVE = /,\s+(?:[\p{Ll}]|the\b|a\b|an\b)(?:[^,;:“”"„«»]|,(?=\d{3}\b))*,\s*/gu
/** "a letter seen by Sky News says": the agent of a passive is not the speaker. */
const AGENT = /\bby\s+(?:the\s+)?$/i

/** Words of a verb phrase: "the written complaints were never answered" is a clause, not someone who answered. */
const VERB_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'never'])

/** Words a noun phrase does not end with: "the warning and" is not someone. */
const OPEN_ENDINGS = new Set(['and', 'or', 'but', 'of', 'to', 'the', 'a', 'an', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'that', 'which', 'who'])

/** A description that can speak: "the special representative of the president", "the harbour master". */
export function describesSpeaker(words: string): boolean {
  const list = words.split(/\s+/)
  return !list.some((word) => VERB_WORDS.has(word.toLowerCase())) && !OPEN_ENDINGS.has(list.at(-1)!.toLowerCase())
}

/**
 * The speaker written just before a cue: "Krutsky said", "Jeff Rathke, the spokesperson, said", "the special
 * representative of the president added". Names and pronouns, the appositives of every sentence and the comma
 * pairs are gathered once per text, so that each question is a few binary searches: asking for every cue of a
 * long sentence no longer reads the sentence again each time.
 */
export class SpeakerBefore {
  /** Names (not places) and pronouns outside quotations that can speak, in text order (a name before a pronoun at the same offset). */
  private readonly candidates: SpeakerMention[]
  /** The appositive each candidate lies in (an index into `appositives`), or -1. */
  private readonly appositiveOf: number[] = []
  /** For each candidate, the last candidate up to it that lies in no appositive, or -1. */
  private readonly lastOutside: number[] = []
  private readonly appositives: Span[] = []
  private gaps: CommaGaps | null = null
  private readonly descriptions: DescriptionsBefore

  constructor(
    private readonly text: string,
    names: readonly NameMention[],
    sentences: readonly Span[],
    insideQuote: (offset: number) => boolean
  ) {
    const pronouns: SpeakerMention[] = []
    PRONOUN.lastIndex = 0
    for (let match = PRONOUN.exec(text); match; match = PRONOUN.exec(text)) {
      if (!insideQuote(match.index)) pronouns.push({ type: 'pronoun', start: match.index, end: match.index + match[0].length, word: match[0].toLowerCase() })
    }
    const named: SpeakerMention[] = names.filter((m) => m.kind !== 'place' && !m.possessive).map((m) => ({ type: 'name', start: m.start, end: m.end, mention: m }))
    this.candidates = mergeByStart(named, pronouns).filter((m) => !AGENT.test(text.slice(Math.max(0, m.start - 8), m.start)))
    // Appositives are read from the start of each sentence, as a regex over the words before a cue reads them:
    // the same ones, for every cue, as long as they end before it.
    for (const sentence of sentences) {
      const slice = text.slice(sentence.start, sentence.end)
      APPOSITIVE.lastIndex = 0
      for (let match = APPOSITIVE.exec(slice); match; match = APPOSITIVE.exec(slice)) {
        this.appositives.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length })
      }
    }
    this.candidates.forEach((candidate, index) => {
      const holder = lowerBound(this.appositives, (a) => a.start <= candidate.start) - 1
      const inside = holder >= 0 && candidate.end <= this.appositives[holder]!.end
      this.appositiveOf.push(inside ? holder : -1)
      this.lastOutside.push(inside ? (this.lastOutside[index - 1] ?? -1) : index)
    })
    this.descriptions = new DescriptionsBefore(text)
  }

  /**
   * The speaker before a cue, reading from `from`: the start of the cue's sentence, or the end of a quotation
   * in it (no appositive runs across a quotation mark, so the sentence's appositives serve both).
   */
  find(cue: Span, from: number): SpeakerMention | null {
    const nearest = this.nearest(cue.start, from)
    const described = this.descriptions.before(cue.start).find((d) => d.start >= from)
    // "the special representative" with no name after the determiner; or an epithet, whose capitalised words
    // belong to the description ("the Republican nominee", "the House speaker"), not a speaker of their own.
    const speaks = described && describesSpeaker(described.words)
    // "judge Hélène Vachon-Dumoulin of the province's housing tribunal wrote": the description is where she sits.
    const hers = nearest !== null && described !== undefined && described.start - nearest.end <= 8 && /^\s+(?:of|at|for|from|with)\s+$/.test(this.text.slice(nearest.end, described.start))
    const plain = speaks && !hers && !/[A-Z]/.test(described.words[0]!) && (!nearest || nearest.end <= described.start)
    if (plain || (speaks && isEpithet(described.words) && (!nearest || nearest.end <= described.start || nearest.start >= described.start))) {
      return { type: 'description', start: described!.start, end: described!.end, words: described!.words, indefinite: described!.indefinite }
    }
    if (!nearest) return null
    this.gaps ??= new CommaGaps(this.text)
    if (this.gaps.hasBreak(nearest.end, cue.start)) return null
    const qualified = nearest.type === 'name' ? modifiedDescription(this.text, nearest) : null
    return qualified ? (this.namedAfter(qualified) ?? qualified) : nearest
  }

  /** The name an appositive gives a description: "A Halcyon spokesperson, Derek Amundsen, said … and noted". */
  private namedAfter(described: SpeakerMention): SpeakerMention | null {
    if (this.text[described.end] !== ',') return null
    const start = blanksAfter(this.text, described.end + 1)
    const candidate = this.candidates[lowerBound(this.candidates, (c) => c.start < start)]
    return candidate?.start === start && candidate.type === 'name' ? candidate : null
  }

  /**
   * The last candidate that ends by `offset` and starts at `from` or later, leaving out those in an appositive
   * that closes before the offset: either the last one in no appositive, or the last one in the appositive
   * the offset lies in.
   */
  private nearest(offset: number, from: number): SpeakerMention | null {
    const { candidates } = this
    const last = lowerBound(candidates, (c) => c.start < offset) - 1
    // One candidate at most (a name) runs across the offset; it is not before it.
    const endsBefore = (index: number): boolean => index >= 0 && candidates[index]!.end <= offset
    let outside = last >= 0 ? this.lastOutside[last]! : -1
    if (outside >= 0 && !endsBefore(outside)) outside = outside > 0 ? this.lastOutside[outside - 1]! : -1
    let inAppositive = -1
    const holder = lowerBound(this.appositives, (a) => a.start < offset) - 1
    if (holder >= 0 && this.appositives[holder]!.end > offset) {
      const index = endsBefore(last) ? last : last - 1
      if (index >= 0 && this.appositiveOf[index] === holder) inAppositive = index
    }
    const index = Math.max(outside, inAppositive)
    return index >= 0 && candidates[index]!.start >= from ? candidates[index]! : null
  }
}

/** A determiner and up to three words before a capitalised modifier: "A senior Senate", "two". */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])((?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Aa]nother)\s+(?:[\p{L}.-]+\s+){0,3})$/u
/** A noun for a person right after the capitalised word, perhaps after one more word: "Democratic aide", "Pentagon press official". */
const PERSON_NOUN_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:${PERSON_NOUNS.join('|')})(?:s|es)?\b`, 'u')

/**
 * "A senior Senate Democratic aide, who spoke on condition of anonymity, said": the capitalised words qualify a
 * noun for a person; the speaker is that description, whom the story does not name, not "Democratic".
 */
export function modifiedDescription(text: string, name: Span): SpeakerMention | null {
  const noun = PERSON_NOUN_AFTER.exec(text.slice(name.end, name.end + 40))
  if (!noun) return null
  const determiner = DETERMINER_BEFORE.exec(text.slice(Math.max(0, name.start - 48), name.start))
  if (!determiner) return null
  const start = name.start - determiner[1]!.length
  const end = name.end + noun[0].length
  const words = text.slice(start, end).replace(/^\S+\s+/, '')
  return { type: 'description', start, end, words, indefinite: !/^the\s/i.test(determiner[1]!) }
}

/** Two lists ordered by start merged into one, the first list's item first where two start together. */
function mergeByStart<T extends Span>(first: T[], second: T[]): T[] {
  const merged: T[] = []
  let i = 0
  let j = 0
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && first[i]!.start <= second[j]!.start)) merged.push(first[i++]!)
    else merged.push(second[j++]!)
  }
  return merged
}
