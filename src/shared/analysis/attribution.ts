import { isEpithet } from './describedBefore'
import { GrowingIndexSet } from './growingIndexSet'
import { DescribedSources } from './describedSources'
import type { NamedDocument } from './documents'
import { isPersonNoun, PERSON_NOUNS, PRONOUNS, SPEAKER_VERBS } from './lexicon'
import type { NameMention } from './mentions'
import type { SourceRegistry } from './sources'
import { Pronouns } from './pronouns'
import { SpeakerBefore } from './speakerBefore'
import { blanksAfter, blanksBefore, clauseEndsOf, insideSpans, isBlank, lowerBound, runBefore, sentenceAt } from './text'
import type { Cue } from './cues'
import type { QuoteKind, Span } from './types'

/** Who a quote or paraphrase is attributed to, as written in the text. */
export type SpeakerMention =
  | (Span & { type: 'name'; mention: NameMention })
  | (Span & { type: 'pronoun'; word: string })
  | (Span & { type: 'description'; words: string; indefinite: boolean })
  | (Span & { type: 'passive' })

export interface Resolved {
  mention: SpeakerMention
  sourceIndex: number | null
}

/** A quotation or paraphrase with what the rules found for it, before sources are numbered. */
export interface Draft extends Span {
  kind: QuoteKind
  cue: Cue | null
  speaker: Resolved | null
}

/** A capitalised word followed by a speech verb is a name even at the start of a sentence ("Burton said", "Delgado, who chairs it, said"). */
const SPEAKS = new RegExp(String.raw`^(?:,[^,;:.“”"]{1,100},)?\s+(?:also\s+)?(?:${SPEAKER_VERBS.map((verb) => verb.replace(/ /g, String.raw`\s+`)).join('|')})\b`)
const PRONOUN_AFTER = new RegExp(String.raw`^(${[...PRONOUNS].sort((x, y) => y.length - x.length).join('|')})\b`, 'i')
const DESCRIPTION_AFTER = /^\s+((?:the|a|an|one|another)\s+(?:[\p{Ll}’'-]+\s*){1,6})/u
/** A determiner and up to six words, capitalised or not, up to the last noun for a person: checked by isEpithet. */
const EPITHET_AFTER = new RegExp(String.raw`^(?:the|a|an|one|another)\s+((?:[\p{L}.’'-]+\s+){0,5}(?:${PERSON_NOUNS.join('|')})(?:s|es)?)\b`, 'u')

type Subject = 'person' | 'fullName' | 'body' | 'speaker'
const SUBJECTS: Record<Subject, (m: NameMention) => boolean> = {
  person: (m) => m.kind === 'person' || m.kind === 'unknown',
  /** A person named in full, possessive or not ("Robert Mueller’s report … his conclusions"). */
  fullName: (m) => m.kind === 'person',
  body: (m) => m.kind === 'organisation' || m.kind === 'publication',
  speaker: (m) => m.kind !== 'place' && !m.possessive
}

/**
 * The context the attribution rules read: the text, its quotations, sentences, names and the registry. Every
 * question it answers is a lookup in something built once per text (sorted lists searched by bisection), not a
 * scan of the sentence or the story so far, so that the engine stays linear however long a sentence runs.
 */
export class AttributionContext {
  /** Name mentions outside quotations, in text order. */
  readonly names: NameMention[]
  /** Inside a quotation's marks: after its opening mark and before its closing one. */
  readonly insideQuote: (offset: number) => boolean
  private readonly before: SpeakerBefore
  /** For each kind of subject, the index of the first name at or after each index that is one (or names.length). */
  private readonly nextSubject: Record<Subject, Int32Array>
  private readonly nextNotPlace: Int32Array
  /** Where a clause ends after a cue: a semicolon, a colon, or a full stop before a blank (found when first asked). */
  private clauseEnds: number[] | null = null
  private readonly wordsAfter = new Map<number, number>()
  private readonly descriptionsAfter = new Map<number, RegExpExecArray | null>()
  private readonly previousSentences = new Map<number, Span>()
  private knownPeople: { set: GrowingIndexSet; byWord: Map<string, number[]>; wordsSeen: number } | null = null
  private readonly pronouns: Pronouns = new Pronouns(this)
  private readonly described: DescribedSources

  constructor(
    readonly text: string,
    readonly quotations: Span[],
    readonly sentences: Span[],
    /** Every run of capitalised words (findNameMentions), quoted or not. */
    mentions: NameMention[],
    readonly registry: SourceRegistry,
    /** Sentences that are not story text (boilerplate, stray headlines): skipped when looking back. */
    readonly skipped: (span: Span) => boolean,
    /** Documents named in the text ("Robert Mueller’s report"), as source indices with where they are named, in text order. */
    readonly documents: NamedDocument[]
  ) {
    this.insideQuote = insideSpans(quotations.map((q) => ({ start: q.start, end: q.end - 1 })))
    // A lone capitalised word that opens a sentence is a name only if the story also capitalises it
    // mid-sentence or uses it in a full name ("Rathbun wrote" yes, "Recent reports" no).
    const midSentence = new Set(mentions.filter((m) => !this.opensSentence(m.start) || m.name.includes(' ')).flatMap((m) => m.name.split(' ')))
    this.names = mentions.filter(
      (m) =>
        !this.insideQuote(m.start) &&
        !(m.kind === 'unknown' && !m.title && this.opensSentence(m.start) && !midSentence.has(m.name) && !SPEAKS.test(text.slice(m.end, m.end + 140)))
    )
    this.before = new SpeakerBefore(text, this.names, sentences, this.insideQuote)
    this.nextSubject = { person: this.nextWhere(SUBJECTS.person), fullName: this.nextWhere(SUBJECTS.fullName), body: this.nextWhere(SUBJECTS.body), speaker: this.nextWhere(SUBJECTS.speaker) }
    this.nextNotPlace = this.nextWhere((m) => m.kind !== 'place')
    this.described = new DescribedSources(this.names, registry, documents)
  }

  private nextWhere(accept: (m: NameMention) => boolean): Int32Array {
    const next = new Int32Array(this.names.length + 1).fill(this.names.length)
    for (let i = this.names.length - 1; i >= 0; i--) next[i] = accept(this.names[i]!) ? i : next[i + 1]!
    return next
  }

  private opensSentence(offset: number): boolean {
    return sentenceAt(this.sentences, offset)?.start === offset || /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(this.text.slice(Math.max(0, offset - 4), offset))
  }

  sentence(offset: number): Span {
    return sentenceAt(this.sentences, offset) ?? { start: offset, end: offset }
  }

  /**
   * Names that speak ("Delgado, who chairs the committee, said …") are people, even where the story never gives
   * the full name: a later "she said" may stand for them. A word for a kind of person ("Officials said") is not a name.
   */
  learnSpeakingNames(cues: Cue[]): void {
    for (const cue of cues) {
      if (cue.type !== 'speech' || !this.nameOrCommaBefore(cue.start)) continue
      const speaker = this.before.find(cue, this.sentence(cue.start).start)
      if (speaker?.type !== 'name' || speaker.mention.kind !== 'unknown') continue
      const word = speaker.mention.name.toLowerCase()
      if (!isPersonNoun(word)) this.registry.knowPerson(speaker.mention.name)
    }
  }

  /** Whether a capitalised word or a comma (the end of an appositive) comes just before `offset`: the cheap test first. */
  private nameOrCommaBefore(offset: number): boolean {
    const end = blanksBefore(this.text, offset)
    if (end === offset || end === 0) return false
    if (this.text[end - 1] === ',') return true
    const start = runBefore(this.text, end)
    return /\p{Lu}/u.test(this.text[start] ?? '')
  }

  /**
   * The speaker written just before a cue: "Krutsky said", "Jeff Rathke, the spokesperson, said". `from` is the
   * start of the cue's sentence or the end of a quotation in it.
   */
  speakerBefore(cue: Cue, from: number): SpeakerMention | null {
    return this.before.find(cue, from)
  }

  /** The speaker written just after a cue: "said Ambassador Mohib", "according to the Sydney Morning Herald". */
  speakerAfter(cue: Cue, to: number): SpeakerMention | null {
    const { text } = this
    const wordStart = this.wordAfter(cue.end)
    const afterBlank = wordStart > cue.end && wordStart < to
    const pronoun = afterBlank ? PRONOUN_AFTER.exec(text.slice(wordStart, Math.min(to, wordStart + 6))) : null
    if (pronoun) return { type: 'pronoun', start: wordStart, end: wordStart + pronoun[1]!.length, word: pronoun[1]!.toLowerCase() }
    const clauseEnd = this.clauseEnd(cue.end, to)
    const firstName = this.personAfterTheirBody(this.firstNameAfter(cue.end, clauseEnd), clauseEnd)
    // "according to a senior Democratic aide", "said a White House official": the capitalised words describe
    // the speaker, whom the story does not name.
    const epithet = afterBlank && firstName ? EPITHET_AFTER.exec(text.slice(wordStart, Math.min(to, wordStart + 120))) : null
    if (epithet && isEpithet(epithet[1]!) && wordStart + epithet[0].length >= firstName!.end) return this.describedAfter(wordStart, epithet[0])
    const description = afterBlank ? this.descriptionAfter(cue.end, to) : null
    // "According to the company's quarterly report, the Whitemud Crossing plant …": a description the comma closes
    // is the source; a name after it belongs to the next clause (unless the comma opens its appositive).
    const near = firstName !== null && firstName.start - cue.end < 60
    const between = near && description ? text.slice(cue.end, firstName.start) : ''
    const closedDescription = /,\s+(?!$)/.test(between) && !/,\s*$/.test(between)
    if (firstName && !closedDescription && (!description || near)) return { type: 'name', start: firstName.start, end: firstName.end, mention: firstName }
    if (description) return this.describedAfter(cue.end + description[0].length - description[1]!.length, description[1]!)
    return null
  }

  private describedAfter(start: number, written: string): SpeakerMention {
    const words = written.trim()
    return { type: 'description', start, end: start + written.trimEnd().length, words, indefinite: /^(?:a|an|one|another)\s/i.test(words) }
  }

  /** The first non-blank offset after a cue, kept: the quotes after one "according to" all ask. */
  private wordAfter(offset: number): number {
    let word = this.wordsAfter.get(offset)
    if (word === undefined) this.wordsAfter.set(offset, (word = blanksAfter(this.text, offset)))
    return word
  }

  /** The first semicolon, colon or full stop followed by a blank in from–to, or `to`. */
  private clauseEnd(from: number, to: number): number {
    this.clauseEnds ??= clauseEndsOf(this.text)
    const end = this.clauseEnds[lowerBound(this.clauseEnds, (p) => p < from)]
    return end !== undefined && end < to && (this.text[end] !== '.' || end + 1 < to) ? end : to
  }

  /** The first name (not a place) lying in from–to. */
  private firstNameAfter(from: number, to: number): NameMention | null {
    const name = this.names[this.nextNotPlace[lowerBound(this.names, (m) => m.start < from)]!]
    return name && name.end <= to ? name : null
  }

  /**
   * "says Harbour Lights Women's Refuge director Siobhán Ní Bhriain": an organisation, a job in lower case, then
   * the person who holds it. The person speaks, not the organisation.
   */
  private personAfterTheirBody(first: NameMention | null, to: number): NameMention | null {
    if (!first || first.kind === 'person') return first
    const next = this.names[lowerBound(this.names, (m) => m.start <= first.start)]
    // Three words of job at most: a longer gap is not read (so a long sentence is not read again for every cue).
    const job = next && next.start - first.end <= 80 && /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(this.text.slice(first.end, next.start))
    return next && job && next.end <= to && (next.kind === 'person' || next.kind === 'unknown') ? next : first
  }

  /**
   * "the special representative of the president": read from the cue's end once and kept, as quotes after one
   * "according to" ask again; read again only up to `to` when the description would run past it.
   */
  private descriptionAfter(offset: number, to: number): RegExpExecArray | null {
    let found = this.descriptionsAfter.get(offset)
    if (found === undefined) this.descriptionsAfter.set(offset, (found = DESCRIPTION_AFTER.exec(this.text.slice(offset))))
    if (!found || offset + found[0].length <= to) return found
    return DESCRIPTION_AFTER.exec(this.text.slice(offset, to))
  }

  /** The first person or body named in a sentence, before `before`: the subject, for "X: “…”" and for pronouns. */
  subjectOf(sentence: Span, before: number, subject: Subject): NameMention | null {
    const index = this.nextSubject[subject][lowerBound(this.names, (m) => m.start < sentence.start)]!
    return this.subjectIfBefore(index, sentence, before)
  }

  /** The first name in a sentence, before `before`, of a person the story names in full: "Krutsky: “…”". */
  knownPersonSubject(sentence: Span, before: number): NameMention | null {
    const known = this.syncKnownPeople()
    return this.subjectIfBefore(known.firstFrom(lowerBound(this.names, (m) => m.start < sentence.start)), sentence, before)
  }

  private subjectIfBefore(index: number, sentence: Span, before: number): NameMention | null {
    const name = index >= 0 ? this.names[index] : undefined
    return name && name.start < Math.min(before, sentence.end) ? name : null
  }

  /**
   * The names that are known people (not possessive): full names, and single names that a full name in the
   * registry shares. The registry grows as quotes are attributed, so the single names its new words make known
   * are added as they come.
   */
  private syncKnownPeople(): GrowingIndexSet {
    if (!this.knownPeople) {
      const set = new GrowingIndexSet(this.names.length)
      const byWord = new Map<string, number[]>()
      this.names.forEach((m, index) => {
        if (m.possessive) return
        if (m.kind === 'person') set.add(index)
        else if (m.kind === 'unknown') {
          const word = m.name.toLowerCase()
          const same = byWord.get(word)
          if (same) same.push(index)
          else byWord.set(word, [index])
        }
      })
      this.knownPeople = { set, byWord, wordsSeen: 0 }
    }
    const known = this.knownPeople
    for (const word of this.registry.knownWords.slice(known.wordsSeen)) {
      for (const index of known.byWord.get(word) ?? []) known.set.add(index)
      known.byWord.delete(word)
    }
    known.wordsSeen = this.registry.knownWords.length
    return known.set
  }

  /** The source a speaker mention stands for; a pronoun whose antecedent the story only describes becomes that description. */
  resolve(mention: SpeakerMention): Resolved {
    switch (mention.type) {
      case 'name':
        return { mention, sourceIndex: this.registry.resolve(mention.mention) }
      case 'pronoun':
        return this.pronouns.resolve(mention)
      case 'description':
        return { mention, sourceIndex: mention.indefinite ? null : this.describedSource(mention.words, mention.start) }
      case 'passive':
        return { mention, sourceIndex: null }
    }
  }

  /** The source a description ("the ministry", "the special representative") stands for, if the story names one. */
  describedSource(words: string, offset: number): number | null {
    return this.described.resolve(words, offset)
  }

  /** The sentence before one, found once: the blanks between them are not crossed again for every pronoun. */
  previousSentence(sentence: Span): Span {
    let previous = this.previousSentences.get(sentence.start)
    if (!previous) this.previousSentences.set(sentence.start, (previous = this.sentence(previousNonSpace(this.text, sentence.start))))
    return previous
  }

}

function previousNonSpace(text: string, index: number): number {
  let i = index - 1
  while (i > 0 && isBlank(text[i])) i--
  return Math.max(0, i)
}

