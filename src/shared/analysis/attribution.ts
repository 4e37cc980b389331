import { DOCUMENT_NOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS } from './lexicon'
import { findNameMentions, type NameMention } from './mentions'
import type { SourceRegistry } from './sources'
import { insideSpans, sentenceAt, spansWithin } from './text'
import type { Cue } from './cues'
import type { Span } from './types'

/** Who a quote or paraphrase is attributed to, as written in the text. */
export type SpeakerMention =
  | (Span & { type: 'name'; mention: NameMention })
  | (Span & { type: 'pronoun'; word: string })
  | (Span & { type: 'description'; words: string })
  | (Span & { type: 'passive' })

export interface Resolved {
  mention: SpeakerMention
  sourceIndex: number | null
}

const PRONOUN = new RegExp(String.raw`\b(${[...PERSON_PRONOUNS, ...GROUP_PRONOUNS].join('|')})\b`, 'gi')
const DOCUMENT = new RegExp(String.raw`\b(?:${DOCUMENT_NOUNS.join('|')})s?\b`, 'i')
/** A capitalised word followed by a speech verb is a name even at the start of a sentence ("Burton said"). */
const SPEAKS = /^\s+(?:also\s+)?(?:said|says|told|tells|added|adds|wrote|writes|insisted|insists|urged|urges|stated|explained|argued|warned|claimed|asked|replied|reply|replies|responded|continued|asserted|declared|announced|confirmed|admitted|acknowledged|stressed|conceded)\b/
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'on', 'at', 'and', 'to', 'by', 'with', 'from', 'field'])

/** The context the attribution rules read: the text, its quotations, sentences, names and the registry. */
export class AttributionContext {
  /** Name mentions outside quotations, in text order (spansWithin relies on it). */
  readonly names: NameMention[]

  constructor(
    readonly text: string,
    readonly quotations: Span[],
    readonly sentences: Span[],
    readonly registry: SourceRegistry,
    /** Sentences that are not story text (boilerplate, stray headlines): skipped when looking back. */
    readonly skipped: (span: Span) => boolean,
    /** Documents named in the text ("Robert Mueller’s report"), as source indices with where they are named. */
    readonly documents: { start: number; index: number }[]
  ) {
    this.insideQuote = insideSpans(quotations.map((q) => ({ start: q.start, end: q.end - 1 })))
    const all = findNameMentions(text)
    // A lone capitalised word that opens a sentence is a name only if the story also capitalises it
    // mid-sentence or uses it in a full name ("Rathbun wrote" yes, "Recent reports" no).
    const midSentence = new Set(all.filter((m) => !this.opensSentence(m.start) || m.name.includes(' ')).flatMap((m) => m.name.split(' ')))
    this.names = all.filter(
      (m) =>
        !this.insideQuote(m.start) &&
        !(m.kind === 'unknown' && !m.title && this.opensSentence(m.start) && !midSentence.has(m.name) && !SPEAKS.test(text.slice(m.end, m.end + 30)))
    )
  }

  private opensSentence(offset: number): boolean {
    return sentenceAt(this.sentences, offset)?.start === offset || /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(this.text.slice(Math.max(0, offset - 4), offset))
  }

  /** Inside a quotation's marks: after its opening mark and before its closing one. */
  readonly insideQuote: (offset: number) => boolean

  sentence(offset: number): Span {
    return sentenceAt(this.sentences, offset) ?? { start: offset, end: offset }
  }

  /** Names, pronouns and "the ..." descriptions in a stretch, outside quotations. */
  mentionsIn(from: number, to: number): SpeakerMention[] {
    const found: SpeakerMention[] = spansWithin(this.names, from, to)
      .filter((m) => m.kind !== 'place')
      .map((m) => ({ type: 'name', start: m.start, end: m.end, mention: m }))
    const slice = this.text.slice(from, to)
    PRONOUN.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = PRONOUN.exec(slice))) {
      const start = from + match.index
      if (!this.insideQuote(start)) found.push({ type: 'pronoun', start, end: start + match[0].length, word: match[0].toLowerCase() })
    }
    return found.filter((m) => !this.insideQuote(m.start)).sort((a, b) => a.start - b.start)
  }

  /** The speaker written just before a cue: "Krutsky said", "Jeff Rathke, the spokesperson, said". */
  speakerBefore(cue: Cue, from: number): SpeakerMention | null {
    const head = this.text.slice(from, cue.start)
    const described = /\b(?:the|The)\s+((?:[\p{L}’'-]+\s+){0,8}?[\p{L}’'-]+)\s+(?:also\s+)?$/u.exec(head)
    const appositives = [...head.matchAll(/,\s+(?:[\p{Ll}]|the\b|a\b|an\b)[^,;:“”"]*,\s*/gu)].map((m) => ({
      start: from + m.index,
      end: from + m.index + m[0].length
    }))
    const candidates = this.mentionsIn(from, cue.start).filter(
      (m) =>
        !appositives.some((a) => m.start >= a.start && m.end <= a.end) &&
        !(m.type === 'name' && m.mention.possessive) &&
        // "a letter seen by Sky News says": the agent of a passive is not the speaker.
        !/\bby\s+(?:the\s+)?$/i.test(this.text.slice(Math.max(0, m.start - 8), m.start))
    )
    const nearest = candidates.at(-1)
    if (described && !/[A-Z]/.test(described[1]![0]!) && (!nearest || nearest.end <= from + described.index)) {
      const start = from + described.index
      return { type: 'description', start, end: start + described[0].trimEnd().length, words: described[1]! }
    }
    if (!nearest) return null
    const gap = this.text.slice(nearest.end, cue.start)
    if (/[.;!?“”"]/.test(gap.replace(/,\s+[^,;]*,/g, ''))) return null
    return nearest
  }

  /** The speaker written just after a cue: "said Ambassador Mohib", "according to the Sydney Morning Herald". */
  speakerAfter(cue: Cue, to: number): SpeakerMention | null {
    const rest = this.text.slice(cue.end, to)
    const pronoun = /^\s+(him|her|them|his|their|its|it|he|she|they)\b/i.exec(rest)
    if (pronoun) {
      const start = cue.end + pronoun[0].length - pronoun[1]!.length
      return { type: 'pronoun', start, end: start + pronoun[1]!.length, word: pronoun[1]!.toLowerCase() }
    }
    const clauseEnd = cue.end + (/[;:]|\.\s/.exec(rest)?.index ?? rest.length)
    const firstName = this.mentionsIn(cue.end, clauseEnd).find((m) => m.type === 'name')
    const description = /^\s+((?:the|a|an)\s+(?:[\p{Ll}’'-]+\s*){1,6})/u.exec(rest)
    if (firstName && (!description || firstName.start - cue.end < 60)) return firstName
    if (description) {
      const start = cue.end + description[0].length - description[1]!.length
      return { type: 'description', start, end: start + description[1]!.trimEnd().length, words: description[1]!.trim() }
    }
    return null
  }

  /** The first person or body named in a sentence: the subject, for "X: “…”" and for pronouns. */
  subjectOf(sentence: Span, before: number, accept: (m: NameMention) => boolean): NameMention | null {
    return this.names.find((m) => m.start >= sentence.start && m.start < Math.min(before, sentence.end) && accept(m)) ?? null
  }

  resolve(mention: SpeakerMention): number | null {
    switch (mention.type) {
      case 'name':
        return this.registry.resolve(mention.mention)
      case 'pronoun':
        return this.resolvePronoun(mention.word, mention.start)
      case 'description':
        return this.resolveDescription(mention.words, mention.start)
      case 'passive':
        return null
    }
  }

  private isPerson = (m: NameMention): boolean => m.kind === 'person' || m.kind === 'unknown'
  private isBody = (m: NameMention): boolean => m.kind === 'organisation' || m.kind === 'publication'

  /** He/she: the subject of this or one of the previous sentences; it/they: the last organisation named. */
  private resolvePronoun(word: string, offset: number): number | null {
    const personal = (PERSON_PRONOUNS as readonly string[]).includes(word)
    const accept = personal ? this.isPerson : this.isBody
    let sentence = this.sentence(offset)
    for (let step = 0; step < 4; step++) {
      if (!this.skipped(sentence)) {
        const subject = this.subjectOf(sentence, step === 0 ? offset : sentence.end, accept)
        if (subject) return this.registry.resolve(subject)
        if (!personal && step > 0) return null
      }
      if (sentence.start === 0) break
      sentence = this.sentence(previousNonSpace(this.text, sentence.start))
    }
    return null
  }

  /** "the special representative of the president" → the source whose role shares its words. */
  private resolveDescription(words: string, offset: number): number | null {
    if (DOCUMENT.test(words)) {
      const document = this.documents.filter((d) => d.start < offset).at(-1)
      return document ? document.index : null
    }
    const wanted = contentWords(words)
    let best: { index: number; score: number } | null = null
    this.registry.records.forEach((record, index) => {
      const score = record.roles.reduce((top, r) => Math.max(top, overlap(wanted, contentWords(r.role))), 0)
      if (score >= 2 && (!best || score > best.score)) best = { index, score }
    })
    return (best as { index: number } | null)?.index ?? null
  }
}

function previousNonSpace(text: string, index: number): number {
  let i = index - 1
  while (i > 0 && /\s/.test(text[i]!)) i--
  return Math.max(0, i)
}

export function contentWords(text: string): Set<string> {
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
