import type { Resolved, SpeakerMention } from './attribution'
import { sexOfGivenName } from './givenNames'
import { FEMININE_PRONOUNS, PERSON_NOUNS, PERSON_PRONOUNS, SENTENCE_CONNECTIVES } from './lexicon'
import type { NameMention } from './mentions'
import type { SourceRegistry } from './sources'
import { modifiedDescription } from './speakerBefore'
import { lowerBound } from './text'
import type { Span } from './types'

type Pronoun = SpeakerMention & { type: 'pronoun' }
type Description = SpeakerMention & { type: 'description' }

/** What pronoun resolution asks of the story (the attribution context answers, each by a lookup). */
export interface StoryReader {
  readonly text: string
  readonly registry: SourceRegistry
  readonly insideQuote: (offset: number) => boolean
  /** Sentences that are not story text: skipped when looking back. */
  readonly skipped: (span: Span) => boolean
  sentence(offset: number): Span
  previousSentence(sentence: Span): Span
  knownPersonSubject(sentence: Span, before: number): NameMention | null
  subjectOf(sentence: Span, before: number, subject: 'fullName' | 'body'): NameMention | null
  describedSource(words: string, offset: number): number | null
}

/** Who "he", "she", "it" and "they" stand for, each pronoun resolved once. */
export class Pronouns {
  /** Pronouns already resolved, by offset: a chain of "she"s is followed once. */
  private readonly resolved = new Map<number, Resolved>()
  /** He, him, his, she, her outside quotations, in text order (found when first asked). */
  private personalPronouns: PersonalPronouns | null = null

  constructor(private readonly story: StoryReader) {}

  /**
   * He/she: the person this or one of the previous sentences is about: someone the story names in full (or by a
   * name a full name shares), or someone it only describes ("A senior official …, who asked not to be named"),
   * whichever comes first in the sentence. A capitalised place, month or event is never a he or she. A sentence
   * that is about a "she" already (before naming anyone) is about the same person: that earlier "she" is resolved
   * in turn, so a story can say "she" for paragraphs after naming her. It/they: the last organisation named.
   */
  resolve(pronoun: Pronoun, hops = 0): Resolved {
    const known = this.resolved.get(pronoun.start)
    if (known) return known.mention.type === 'pronoun' ? { mention: pronoun, sourceIndex: known.sourceIndex } : known
    const resolved = this.findAntecedent(pronoun, hops)
    this.resolved.set(pronoun.start, resolved)
    return resolved
  }

  private findAntecedent(pronoun: Pronoun, hops: number): Resolved {
    const personal = (PERSON_PRONOUNS as readonly string[]).includes(pronoun.word)
    let sentence = this.story.sentence(pronoun.start)
    // A "he" whose nearest candidate has a woman's first name looks further back for someone with a man's, and
    // takes her if there is none: the name lists err (they give Andrei to women), a man named earlier less often.
    let unlikely: NameMention | null = null
    for (let step = 0; step < 4; step++) {
      if (!this.story.skipped(sentence)) {
        const before = step === 0 ? pronoun.start : sentence.end
        if (personal) {
          const described = describedSubject(this.story.text, sentence, before)
          let known = this.personFor(pronoun.word, sentence, before)
          if (known && !FEMININE.has(pronoun.word) && (this.sexOf(known) === 'woman' || (unlikely && this.sexOf(known) !== 'man'))) {
            unlikely ??= known
            known = null
          }
          const earlier = step > 0 && hops < MOST_PRONOUN_HOPS ? this.samePersonPronoun(pronoun.word, sentence, before) : null
          // Whoever the sentence names first; an earlier he or she that leads nowhere ("From the deck of his
          // schooner, skipper Wade Bassi …") gives way to the name after it.
          // A he or she in a clause fronted before the name ("Asked whether she would vote, Delgado said …") is
          // that name's: only an earlier pronoun with no comma between it and the name leads back further.
          // A he or she that opens the sentence is its subject, whoever an appositive names later ("She spoke
          // alongside the family's lawyer, Tariq Osei-Mensah").
          const fronted = earlier && known && earlier.start < known.start && this.story.text.slice(earlier.end, known.start).includes(',') && !opensSentence(this.story.text, sentence, earlier)
          const chained = earlier && !fronted && (!known || earlier.start < known.start) && (!described || earlier.start < described.start) ? this.resolve(earlier, hops + 1) : null
          if (chained && (chained.sourceIndex !== null || chained.mention.type !== 'pronoun')) {
            return chained.mention.type === 'pronoun' ? { mention: pronoun, sourceIndex: chained.sourceIndex } : chained
          }
          if (described && (!known || described.start < known.start)) return { mention: described, sourceIndex: described.indefinite ? null : this.story.describedSource(described.words, described.start) }
          if (known) return { mention: pronoun, sourceIndex: this.story.registry.resolve(known) }
        } else {
          const subject = this.story.subjectOf(sentence, before, 'body')
          if (subject) return { mention: pronoun, sourceIndex: this.story.registry.resolve(subject) }
          if (step > 0) break
        }
      }
      if (sentence.start === 0) break
      sentence = this.story.previousSentence(sentence)
    }
    return { mention: pronoun, sourceIndex: unlikely ? this.story.registry.resolve(unlikely) : null }
  }

  /**
   * The first person named in a sentence before `before` whom `word` can stand for: where the sentence names two
   * people, a "she" is not the one whose first name only men are given ("Mark Dolan met Anna Berg"), nor a "he" a
   * woman's. A name given to both, or to neither, fits either; and as the name lists are English and imperfect
   * (they give Andrei to women), a sentence naming one person only is about that person for a "he".
   */
  private personFor(word: string, sentence: Span, before: number): NameMention | null {
    const wanted = FEMININE.has(word) ? 'woman' : 'man'
    let first: NameMention | null = null
    let from = sentence.start
    for (let tried = 0; tried < 3; tried++) {
      const part = { start: from, end: sentence.end }
      const known = earliest(this.story.knownPersonSubject(part, before), this.story.subjectOf(part, before, 'fullName'))
      if (!known) break
      // "A Pruitt spokeswoman, Kelsey Van Doren, called …": a name that qualifies a noun for a person is not them.
      if (modifiedDescription(this.story.text, known)) {
        from = known.end
        continue
      }
      first ??= known
      const sex = this.sexOf(known)
      if (sex === null || sex === wanted) return known
      from = known.end
    }
    // A "she" never stands for someone whose first name only men are given (Edward, John): the story looks
    // further back. The lists' errors lie the other way (Andrei given to women), so a "he" still takes whoever
    // the sentence names.
    return wanted === 'woman' && first && this.sexOf(first) === 'man' ? null : first
  }

  /** Whether the person a name stands for has a first name given only to women, or only to men (read, not resolved). */
  private sexOf(name: NameMention): 'woman' | 'man' | null {
    const full = name.name.includes(' ') ? name.name : (this.story.registry.fullNameOf(name.name) ?? '')
    return sexOfGivenName(full.split(' ')[0]!)
  }

  /** The first "he" (him, his) or "she" (her) in a sentence before `before`, of the same person as `word`. */
  private samePersonPronoun(word: string, sentence: Span, before: number): Pronoun | null {
    this.personalPronouns ??= personalPronounsOf(this.story.text, this.story.insideQuote)
    const { list, nextFeminine, nextMasculine } = this.personalPronouns
    const next = FEMININE.has(word) ? nextFeminine : nextMasculine
    const found = list[next[lowerBound(list, (p) => p.start < sentence.start)]!]
    return found && found.start < before ? found : null
  }
}

/** How many earlier he's or she's one pronoun is followed back through (each at most four sentences back). */
const MOST_PRONOUN_HOPS = 8
const FEMININE: ReadonlySet<string> = new Set(FEMININE_PRONOUNS)
const PERSONAL_PRONOUN = new RegExp(String.raw`\b(?:${PERSON_PRONOUNS.join('|')})\b`, 'gi')

interface PersonalPronouns {
  list: Pronoun[]
  /** For each index, the first she/her at or after it, and the first he/him/his (list.length when none). */
  nextFeminine: Int32Array
  nextMasculine: Int32Array
}

function personalPronounsOf(text: string, insideQuote: (offset: number) => boolean): PersonalPronouns {
  const list: Pronoun[] = []
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

/** Whether a word opens its sentence, perhaps after a connective ("But she …"). */
function opensSentence(text: string, sentence: Span, word: Span): boolean {
  return word.start - sentence.start <= 12 && CONNECTIVE_ONLY.test(text.slice(sentence.start, word.start))
}
const CONNECTIVE_ONLY = new RegExp(String.raw`^(?:(?:${SENTENCE_CONNECTIVES.join('|')}),?\s+)?$`)

function earliest(a: NameMention | null, b: NameMention | null): NameMention | null {
  return a && b ? (a.start <= b.start ? a : b) : (a ?? b)
}

/**
 * "A senior official in the planning department, who …": a sentence that opens (perhaps after "But") with a
 * description of a person (a determiner, up to four words, a noun for a person) is about someone the story does
 * not name there. A sentence that opens with a quotation is not: its first words are the speaker's.
 */
const DESCRIBED_SUBJECT = new RegExp(String.raw`(?:(?:But|And|Yet|So|However|Meanwhile|Still|Now|Then|Later|Earlier),?\s+)?((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[\p{Ll}-]+\s+){0,4}?(?:${PERSON_NOUNS.join('|')}|\d+-year-old)(?:s|es)?))\b`, 'uy')

/** A comma and a capital after a description: the appositive that names it. */
const NAMED_NEXT = /^,\s*\p{Lu}/u

function describedSubject(text: string, sentence: Span, before: number): Description | null {
  DESCRIBED_SUBJECT.lastIndex = sentence.start
  const match = DESCRIBED_SUBJECT.exec(text)
  if (!match || sentence.start + match[0].length > before) return null
  // "Her lawyer, Rubén Echevarría, said": a description the name right after it names is not someone unnamed.
  if (NAMED_NEXT.test(text.slice(sentence.start + match[0].length, sentence.start + match[0].length + 4))) return null
  const start = sentence.start + match[0].length - match[1]!.length
  return { type: 'description', start, end: start + match[1]!.length, words: match[2]!, indefinite: !/^the\s/i.test(match[1]!) }
}
