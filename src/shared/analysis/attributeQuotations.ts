import type { AttributionContext, Draft, Resolved, SpeakerMention } from './attribution'
import type { Cue } from './cues'
import type { QuotationSpan } from './quotationSpans'
import { SENTENCE_CONNECTIVES } from './lexicon'
import { isQuotedTerm } from './terms'
import { blanksBefore, lowerBound, paragraphIndexer } from './text'
import type { QuoteKind, Span } from './types'

/** Who said each quotation: the cue after or before it, the subject before a colon, or the quote it continues. */
export function attributeQuotations(context: AttributionContext, quotations: QuotationSpan[], cues: Cue[]): Draft[] {
  const { text } = context
  const paragraphOf = paragraphIndexer(text)
  const drafts: Draft[] = []
  for (const quote of quotations) {
    const sentence = context.sentence(quote.start)
    const closing = context.sentence(Math.max(quote.start, quote.end - 1))
    // The sentence's last character before the quote, blanks aside (read backwards: /[,:]\s*$/ over the sentence
    // so far, retried at every position, read the whole sentence again for each quotation).
    const beforeQuote = blanksBefore(text, quote.start, sentence.start)
    const lastBefore = beforeQuote > sentence.start ? text[beforeQuote - 1] : undefined
    let speaker: SpeakerMention | null = null
    let cue: Cue | null = null

    // “…,” said Ambassador Mohib. / “…,” Khaled Al-Maeena, editor at large, said. / “…,” according to X.
    const firstTail = firstCueWithin(cues, quote.end, closing.end)
    if (firstTail && /^[\s,.]*$/.test(text.slice(quote.end, firstTail.start))) {
      speaker = context.speakerAfter(firstTail, closing.end)
      cue = speaker ? firstTail : null
    } else if (firstTail && firstTail.type === 'speech') {
      const before = context.speakerBefore(firstTail, quote.end)
      // Only a job title may stand between the quote and its speaker (“…,” team member Rodaba Noori told), unless
      // the quote opens the sentence: “…” while they were in power, Azzouz said.
      const opensSentence = lastBefore === undefined
      if (before && (opensSentence || /^[\s,]*(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(quote.end, before.start)))) {
        speaker = before
        cue = firstTail
      }
    }
    // X said: “…” / according to X, “…” / X told Y that … “…”
    if (!speaker) {
      const headCue = lastCueWithin(cues, sentence.start, quote.start)
      if (headCue) {
        const previous = drafts.at(-1)
        speaker = headCue.type === 'leading' ? context.speakerAfter(headCue, quote.start) : context.speakerBefore(headCue, sentence.start)
        if (!speaker && previous && previous.cue === headCue) speaker = previous.speaker?.mention ?? null
        if (!speaker && previous && previous.end > sentence.start && previous.speaker) speaker = previous.speaker.mention
        cue = speaker ? headCue : null
      }
    }
    // Jane Doe: “…” (no cue verb: the subject introduces the quote). The subject opens the sentence: a name deep
    // in it ("The report, published by the Institute for Fiscal Studies, said:") is not who speaks.
    if (!speaker && lastBefore === ':') speaker = subjectOfClause(context, sentence, quote.start)
    const cueInSentence = firstTail !== undefined || lastCueWithin(cues, sentence.start, quote.start) !== undefined
    if (isQuotedTerm(text, quote, sentence, cueInSentence)) continue
    const previous = drafts.at(-1)
    const sameParagraph = previous !== undefined && paragraphOf(previous.end) === paragraphOf(quote.start)
    // A quote with no attribution of its own continues the previous quote's speaker in its paragraph; or, set inside
    // a sentence that reports no speech, it is that sentence's subject's (“She found the definition “hopelessly
    // vague””: news writing attributes mixed quotation to the subject; a subject that is no person or body, “The plan
    // was “a disaster””, gives nothing); or, opening a sentence, it is the words of whoever the sentence before
    // reported ("X said his group would appeal. “…”"); or, opening a paragraph of quotation, it is the words of
    // whoever the paragraph before reported (“The president also admitted that …” ¶ “Well, …”), it continues the
    // quote that ended the paragraph before, or it is the words of whom that paragraph is about.
    // Only blanks, a line break among them, between the start of the text or the last word and the quote (read
    // back over the blanks only: looking back for the last line break crossed the whole paragraph for every quote).
    const blanksFrom = blanksBefore(text, quote.start)
    const opensParagraph = blanksFrom === 0 || text.slice(blanksFrom, quote.start).includes('\n')
    const resolved =
      (speaker ? context.resolve(speaker) : null) ??
      (sameParagraph ? previous.speaker : null) ??
      (!cueInSentence && lastBefore !== undefined ? resolvedSubjectOf(context, sentence, quote.start) : null) ??
      (lastBefore === undefined ? speakerOfSentenceBefore(context, cues, sentence, paragraphOf) : null) ??
      (opensParagraph && lastBefore === undefined ? speakerOfParagraphBefore(context, cues, quote.start, paragraphOf) : null) ??
      (previous && opensParagraph && paragraphOf(quote.start) === paragraphOf(previous.end) + 1 ? previous.speaker : null) ??
      (opensParagraph && lastBefore === undefined ? subjectOfParagraphBefore(context, sentence, paragraphOf) : null)
    drafts.push({ start: quote.start, end: quote.end, kind: quoteKind(text, quote, lastBefore), cue, speaker: resolved })
  }
  return drafts
}

/** A pronoun for a person opening a sentence, perhaps after a connective: "She also found", "But he called it". */
const PRONOUN_SUBJECT = new RegExp(String.raw`(?:(?:${SENTENCE_CONNECTIVES.join('|')}),?\s+)?(he|she)\s`, 'iy')

/**
 * The subject of a sentence's main clause, before `before`: a person or body named where the clause opens
 * ("Krutsky: “…”", "In her ruling, Wentworth called it …"), or a he or she opening the sentence.
 */
function subjectOfClause(context: AttributionContext, sentence: Span, before: number): SpeakerMention | null {
  const subject = context.knownPersonSubject(sentence, before) ?? context.subjectOf(sentence, before, 'speaker')
  if (subject && opensClause(context.text, sentence.start, subject.start)) return { type: 'name', start: subject.start, end: subject.end, mention: subject }
  PRONOUN_SUBJECT.lastIndex = sentence.start
  const pronoun = PRONOUN_SUBJECT.exec(context.text)
  if (!pronoun || sentence.start + pronoun[0].length > before) return null
  const start = sentence.start + pronoun[0].length - pronoun[1]!.length - 1
  return { type: 'pronoun', start, end: start + pronoun[1]!.length, word: pronoun[1]!.toLowerCase() }
}

/**
 * Whether a name at `offset` is the subject of its sentence's main clause: at most three words before it (a title,
 * "In his speech,"), or a fronted clause that ends with a comma just before it ("Asked whether …, Adeyemi-Clarke").
 */
function opensClause(text: string, sentenceStart: number, offset: number): boolean {
  const lead = text.slice(sentenceStart, offset)
  return (lead.length <= 60 && /^(?:\S+\s+){0,3}$/.test(lead)) || /,\s*$/.test(lead.slice(-3))
}

/** The speaker of the last cue in the sentence before `sentence`, when both lie in one paragraph. */
function speakerOfSentenceBefore(context: AttributionContext, cues: Cue[], sentence: Span, paragraphOf: (offset: number) => number): Resolved | null {
  if (sentence.start === 0) return null
  const before = context.sentence(blanksBefore(context.text, sentence.start) - 1)
  if (before.start === sentence.start || paragraphOf(before.start) !== paragraphOf(sentence.start) || context.skipped(before)) return null
  const cue = lastCueWithin(cues, before.start, before.end)
  if (!cue || cue.type === 'weak') return null
  const speaker = cue.type === 'leading' ? context.speakerAfter(cue, before.end) : context.speakerBefore(cue, before.start)
  return speaker ? context.resolve(speaker) : null
}

/**
 * Whom the paragraph before is about, when it reports no speech: the subject of its last sentence (“Gabe Tolliver,
 * 58, evacuated … He returned Monday to find nothing left.” ¶ “It came over the ridge like a freight train.”).
 */
function subjectOfParagraphBefore(context: AttributionContext, sentence: Span, paragraphOf: (offset: number) => number): Resolved | null {
  if (sentence.start === 0) return null
  const before = context.previousSentence(sentence)
  if (before.start === sentence.start || paragraphOf(before.start) !== paragraphOf(sentence.start) - 1 || context.skipped(before)) return null
  return resolvedSubjectOf(context, before, before.end)
}

/** The source the subject of a sentence's main clause stands for, when it has one. */
function resolvedSubjectOf(context: AttributionContext, sentence: Span, before: number): Resolved | null {
  const subject = subjectOfClause(context, sentence, before)
  return subject ? context.resolve(subject) : null
}

/**
 * The speaker of the last speech cue before `offset` when that cue lies in the paragraph just before: the
 * journalist's "X said that …" followed by a paragraph of X's own words.
 */
function speakerOfParagraphBefore(context: AttributionContext, cues: Cue[], offset: number, paragraphOf: (offset: number) => number): Resolved | null {
  const cue = cues[lowerBound(cues, (c) => c.end <= offset) - 1]
  if (!cue || cue.type !== 'speech' || paragraphOf(cue.start) !== paragraphOf(offset) - 1) return null
  const sentence = context.sentence(cue.start)
  if (context.skipped(sentence)) return null
  const speaker = context.speakerBefore(cue, sentence.start)
  return speaker ? context.resolve(speaker) : null
}

/**
 * The first cue lying in from–to, and the last. Cues do not overlap, so both their starts and their ends are in
 * order: a binary search finds either, where listing every cue of a long sentence for each quotation did not.
 */
function firstCueWithin(cues: Cue[], from: number, to: number): Cue | undefined {
  const cue = cues[lowerBound(cues, (c) => c.start < from)]
  return cue && cue.end <= to ? cue : undefined
}

function lastCueWithin(cues: Cue[], from: number, to: number): Cue | undefined {
  const cue = cues[lowerBound(cues, (c) => c.end <= to) - 1]
  return cue && cue.start >= from ? cue : undefined
}

/** Direct: a whole statement. Partial: words set inside the writer's own sentence (‘the “sensitivity” of’). */
function quoteKind(text: string, quote: Span, lastBefore: string | undefined): QuoteKind {
  const inner = text.slice(quote.start + 1, quote.end - 1).trim()
  const opensStatement = lastBefore === undefined || lastBefore === ',' || lastBefore === ':'
  if (opensStatement && /^(?:\p{Lu}|\.\.\.|…|\d)/u.test(inner)) return 'direct'
  if (opensStatement && inner.split(/\s+/).length > 8) return 'direct'
  return 'partial'
}
