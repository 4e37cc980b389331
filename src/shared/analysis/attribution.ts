import { GrowingIndexSet } from './growingIndexSet'
import { DOCUMENT_NOUNS, ORGANISATION_WORDS, PERSON_NOUNS, PERSON_PRONOUNS, PRONOUNS, SPEAKER_VERBS } from './lexicon'
import type { NameMention } from './mentions'
import type { SourceRegistry } from './sources'
import { SpeakerBefore } from './speakerBefore'
import { blanksAfter, blanksBefore, insideSpans, isAbbreviation, isBlank, lowerBound, runBefore, sentenceAt } from './text'
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

const DOCUMENT = new RegExp(String.raw`\b(?:${DOCUMENT_NOUNS.join('|')})s?\b`, 'i')
/** A capitalised word followed by a speech verb is a name even at the start of a sentence ("Burton said", "Delgado, who chairs it, said"). */
const SPEAKS = new RegExp(String.raw`^(?:,[^,;:.“”"]{1,100},)?\s+(?:also\s+)?(?:${SPEAKER_VERBS.map((verb) => verb.replace(/ /g, String.raw`\s+`)).join('|')})\b`)
const PRONOUN_AFTER = new RegExp(String.raw`^(${[...PRONOUNS].sort((x, y) => y.length - x.length).join('|')})\b`, 'i')
const DESCRIPTION_AFTER = /^\s+((?:the|a|an|one|another)\s+(?:[\p{Ll}’'-]+\s*){1,6})/u
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'on', 'at', 'and', 'to', 'by', 'with', 'from', 'field'])

/**
 * How many of the roles a story gives its sources a description ("the harbour official") is compared with, the
 * first ones given (each distinct role of a source once). A news story gives far fewer; the bound keeps a page of
 * thousands of introductions from costing a comparison per pair.
 */
const DESCRIBED_ROLES = 1_000

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
  private describedRoles: { index: number; words: Set<string> }[] | null = null
  private readonly describedSources = new Map<string, number | null>()
  /** Pronouns already resolved, by offset: a chain of "she"s is followed once. */
  private readonly resolvedPronouns = new Map<number, Resolved>()
  /** He, him, his, she, her outside quotations, in text order (found when first asked). */
  private personalPronouns: PersonalPronouns | null = null
  /** Organisations named in the text, by each organisation word of their name, in text order (built when first asked). */
  private bodiesByWord: Map<string, NameMention[]> | null = null

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
    readonly documents: { start: number; index: number }[]
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
      if (!PERSON_NOUN_SET.has(word) && !PERSON_NOUN_SET.has(word.replace(/e?s$/, ''))) this.registry.knowPerson(speaker.mention.name)
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
    const description = afterBlank ? this.descriptionAfter(cue.end, to) : null
    if (firstName && (!description || firstName.start - cue.end < 60)) return { type: 'name', start: firstName.start, end: firstName.end, mention: firstName }
    if (description) {
      const start = cue.end + description[0].length - description[1]!.length
      const words = description[1]!.trim()
      return { type: 'description', start, end: start + description[1]!.trimEnd().length, words, indefinite: /^(?:a|an|one|another)\s/i.test(words) }
    }
    return null
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
        return this.resolvePronoun(mention)
      case 'description':
        return { mention, sourceIndex: mention.indefinite ? null : this.resolveDescription(mention.words, mention.start) }
      case 'passive':
        return { mention, sourceIndex: null }
    }
  }

  /**
   * He/she: the person this or one of the previous sentences is about: someone the story names in full (or by a
   * name a full name shares), or someone it only describes ("A senior official …, who asked not to be named"),
   * whichever comes first in the sentence. A capitalised place, month or event is never a he or she. A sentence
   * that is about a "she" already (before naming anyone) is about the same person: that earlier "she" is resolved
   * in turn, so a story can say "she" for paragraphs after naming her. It/they: the last organisation named.
   */
  private resolvePronoun(pronoun: SpeakerMention & { type: 'pronoun' }, hops = 0): Resolved {
    const known = this.resolvedPronouns.get(pronoun.start)
    if (known) return known.mention.type === 'pronoun' ? { mention: pronoun, sourceIndex: known.sourceIndex } : known
    const resolved = this.findAntecedent(pronoun, hops)
    this.resolvedPronouns.set(pronoun.start, resolved)
    return resolved
  }

  private findAntecedent(pronoun: SpeakerMention & { type: 'pronoun' }, hops: number): Resolved {
    const personal = (PERSON_PRONOUNS as readonly string[]).includes(pronoun.word)
    let sentence = this.sentence(pronoun.start)
    for (let step = 0; step < 4; step++) {
      if (!this.skipped(sentence)) {
        const before = step === 0 ? pronoun.start : sentence.end
        if (personal) {
          const described = describedSubject(this.text, sentence, before)
          const known = earliest(this.knownPersonSubject(sentence, before), this.subjectOf(sentence, before, 'fullName'))
          const earlier = step > 0 && hops < MOST_PRONOUN_HOPS ? this.samePersonPronoun(pronoun.word, sentence, before) : null
          // Whoever the sentence names first; an earlier he or she that leads nowhere ("From the deck of his
          // schooner, skipper Wade Bassi …") gives way to the name after it.
          // A he or she in a clause fronted before the name ("Asked whether she would vote, Delgado said …") is
          // that name's: only an earlier pronoun with no comma between it and the name leads back further.
          const fronted = earlier && known && earlier.start < known.start && this.text.slice(earlier.end, known.start).includes(',')
          const chained = earlier && !fronted && (!known || earlier.start < known.start) && (!described || earlier.start < described.start) ? this.resolvePronoun(earlier, hops + 1) : null
          if (chained && (chained.sourceIndex !== null || chained.mention.type !== 'pronoun')) {
            return chained.mention.type === 'pronoun' ? { mention: pronoun, sourceIndex: chained.sourceIndex } : chained
          }
          if (described && (!known || described.start < known.start)) return { mention: described, sourceIndex: described.indefinite ? null : this.resolveDescription(described.words, described.start) }
          if (known) return { mention: pronoun, sourceIndex: this.registry.resolve(known) }
        } else {
          const subject = this.subjectOf(sentence, before, 'body')
          if (subject) return { mention: pronoun, sourceIndex: this.registry.resolve(subject) }
          if (step > 0) break
        }
      }
      if (sentence.start === 0) break
      sentence = this.previousSentence(sentence)
    }
    return { mention: pronoun, sourceIndex: null }
  }

  /** The first "he" (him, his) or "she" (her) in a sentence before `before`, of the same person as `word`. */
  private samePersonPronoun(word: string, sentence: Span, before: number): (SpeakerMention & { type: 'pronoun' }) | null {
    this.personalPronouns ??= personalPronounsOf(this.text, this.insideQuote)
    const { list, nextFeminine, nextMasculine } = this.personalPronouns
    const next = FEMININE.has(word) ? nextFeminine : nextMasculine
    const found = list[next[lowerBound(list, (p) => p.start < sentence.start)]!]
    return found && found.start < before ? found : null
  }

  /** The sentence before one, found once: the blanks between them are not crossed again for every pronoun. */
  private previousSentence(sentence: Span): Span {
    let previous = this.previousSentences.get(sentence.start)
    if (!previous) this.previousSentences.set(sentence.start, (previous = this.sentence(previousNonSpace(this.text, sentence.start))))
    return previous
  }

  /** "the special representative of the president" → the source whose role shares its words. */
  private resolveDescription(words: string, offset: number): number | null {
    if (DOCUMENT.test(words)) {
      const document = this.documents[lowerBound(this.documents, (d) => d.start < offset) - 1]
      return document ? document.index : null
    }
    const body = this.bodyNamedBefore(words, offset)
    if (body !== null) return body
    if (!this.describedSources.has(words)) this.describedSources.set(words, this.bestRoleMatch(contentWords(words)))
    return this.describedSources.get(words)!
  }

  /**
   * "the ministry", "the council", "the committee": the last organisation named before `offset` whose name holds
   * the description's last word ("Ministry of Health", "Police Chiefs’ Council of Canada").
   */
  private bodyNamedBefore(words: string, offset: number): number | null {
    const head = words.split(/\s+/).at(-1)!.toLowerCase()
    if (!ORGANISATION_HEADS.has(head)) return null
    if (!this.bodiesByWord) {
      this.bodiesByWord = new Map()
      for (const name of this.names) {
        if (name.kind !== 'organisation' && name.kind !== 'publication') continue
        for (const word of new Set(name.name.toLowerCase().split(/[^\p{L}]+/u))) {
          if (!ORGANISATION_HEADS.has(word)) continue
          const list = this.bodiesByWord.get(word)
          if (list) list.push(name)
          else this.bodiesByWord.set(word, [name])
        }
      }
    }
    const named = this.bodiesByWord.get(head)
    const last = named?.[lowerBound(named, (m) => m.start < offset) - 1]
    return last ? this.registry.resolve(last) : null
  }

  /** The first source whose role shares the most words (two or more) with a description. */
  private bestRoleMatch(wanted: Set<string>): number | null {
    // Roles are all known once attribution starts (sources found later have none), so they are read once.
    this.describedRoles ??= this.firstRoles()
    let best: { index: number; score: number } | null = null
    for (const role of this.describedRoles) {
      const score = overlap(wanted, role.words)
      if (score >= 2 && (!best || score > best.score)) best = { index: role.index, score }
    }
    return best?.index ?? null
  }

  private firstRoles(): { index: number; words: Set<string> }[] {
    const roles: { index: number; words: Set<string> }[] = []
    this.registry.records.forEach((record, index) => {
      for (const role of new Set(record.roles.map((r) => r.role))) if (roles.length < DESCRIBED_ROLES) roles.push({ index, words: contentWords(role) })
    })
    return roles
  }
}

/** How many earlier he's or she's one pronoun is followed back through (each at most four sentences back). */
const MOST_PRONOUN_HOPS = 8
const PERSON_NOUN_SET = new Set(PERSON_NOUNS)
/** The words that make a name an organisation, in lower case: what "the ministry" or "the council" is short for. */
const ORGANISATION_HEADS = new Set(ORGANISATION_WORDS.map((word) => word.toLowerCase()))
const FEMININE = new Set(['she', 'her', 'hers'])
const PERSONAL_PRONOUN = new RegExp(String.raw`\b(?:${PERSON_PRONOUNS.join('|')})\b`, 'gi')

interface PersonalPronouns {
  list: (SpeakerMention & { type: 'pronoun' })[]
  /** For each index, the first she/her at or after it, and the first he/him/his (list.length when none). */
  nextFeminine: Int32Array
  nextMasculine: Int32Array
}

function personalPronounsOf(text: string, insideQuote: (offset: number) => boolean): PersonalPronouns {
  const list: (SpeakerMention & { type: 'pronoun' })[] = []
  PERSONAL_PRONOUN.lastIndex = 0
  for (let match = PERSONAL_PRONOUN.exec(text); match; match = PERSONAL_PRONOUN.exec(text)) {
    if (!insideQuote(match.index)) list.push({ type: 'pronoun', start: match.index, end: match.index + match[0].length, word: match[0].toLowerCase() })
  }
  const nextFeminine = new Int32Array(list.length + 1).fill(list.length)
  const nextMasculine = new Int32Array(list.length + 1).fill(list.length)
  for (let i = list.length - 1; i >= 0; i--) {
    const feminine = FEMININE.has(list[i]!.word)
    nextFeminine[i] = feminine ? i : nextFeminine[i + 1]!
    nextMasculine[i] = feminine ? nextMasculine[i + 1]! : i
  }
  return { list, nextFeminine, nextMasculine }
}

function earliest(a: NameMention | null, b: NameMention | null): NameMention | null {
  return a && b ? (a.start <= b.start ? a : b) : (a ?? b)
}

function clauseEndsOf(text: string): number[] {
  const ends: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // Not the full stop of "Sen." or "Dec.": "said Sen. Ada Brennan" is one clause.
    if (code === 0x3b || code === 0x3a || (code === 0x2e && isBlank(text[i + 1]) && !(shortWordBefore(text, i) && isAbbreviation(text, i)))) ends.push(i)
  }
  return ends
}

/** Whether fewer than seven letters come before the full stop at `dot`: no abbreviation is longer (the cheap test first). */
function shortWordBefore(text: string, dot: number): boolean {
  let letters = 0
  while (letters < 7 && dot - letters - 1 >= 0 && /[\p{L}.]/u.test(text[dot - letters - 1]!)) letters++
  return letters < 7
}

function previousNonSpace(text: string, index: number): number {
  let i = index - 1
  while (i > 0 && isBlank(text[i])) i--
  return Math.max(0, i)
}

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w))
  )
}

function overlap(a: Set<string>, b: Set<string>): number {
  let count = 0
  for (const word of a) if (b.has(word)) count++
  return count
}

/**
 * "A senior official in the planning department, who …": a sentence that opens (perhaps after "But") with a
 * description of a person (a determiner, up to four words, a noun for a person) is about someone the story does
 * not name there. A sentence that opens with a quotation is not: its first words are the speaker's.
 */
const DESCRIBED_SUBJECT = new RegExp(String.raw`(?:(?:But|And|Yet|So|However|Meanwhile|Still|Now|Then|Later|Earlier),?\s+)?((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+((?:[\p{Ll}-]+\s+){0,4}?(?:${PERSON_NOUNS.join('|')}|\d+-year-old)(?:s|es)?))\b`, 'uy')

function describedSubject(text: string, sentence: Span, before: number): (SpeakerMention & { type: 'description' }) | null {
  DESCRIBED_SUBJECT.lastIndex = sentence.start
  const match = DESCRIBED_SUBJECT.exec(text)
  if (!match || sentence.start + match[0].length > before) return null
  const start = sentence.start + match[0].length - match[1]!.length
  return { type: 'description', start, end: start + match[1]!.length, words: match[2]!, indefinite: !/^the\s/i.test(match[1]!) }
}
