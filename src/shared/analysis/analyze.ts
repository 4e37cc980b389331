import { AttributionContext, type Resolved, type SpeakerMention } from './attribution'
import { findCues, PARAPHRASE_CUES, type Cue } from './cues'
import { ANONYMOUS_SOURCE, DOCUMENT_NOUNS, ROLE_NOUNS } from './lexicon'
import { findNameMentions } from './mentions'
import { findQuotationSpans, type QuotationSpan } from './quotationSpans'
import { SourceRegistry } from './sources'
import { findNonStoryLines } from './storyLines'
import { paragraphIndexer, sentencesOf, spansWithin } from './text'
import type { Analysis, Flag, FoundQuote, QuoteKind, Span } from './types'

interface Draft extends Span {
  kind: QuoteKind
  cue: Cue | null
  speaker: Resolved | null
}

/**
 * Finds the quotations in a story, who said each one, the reported speech around them, the sources, and
 * what an editor should look at. Pure and synchronous: the same code runs in the editor, the CLI and tests.
 */
export function analyzeText(text: string): Analysis {
  const quotations = findQuotationSpans(text)
  const closedOrOpen = quotations.filter((q) => !q.strayClose)
  const sentences = sentencesOf(text, closedOrOpen)
  const { flags: nonStory, titles } = findNonStoryLines(text)
  const outsideStory = [...nonStory, ...titles]
  const registry = new SourceRegistry()
  const documents = findDocuments(text, registry)
  const context = new AttributionContext(
    text,
    closedOrOpen,
    sentences,
    registry,
    (span) => outsideStory.some((f) => span.start >= f.start && span.end <= f.end),
    documents
  )
  const storyNames = context.names.filter((m) => !outsideStory.some((f) => m.start >= f.start && m.end <= f.end))
  registry.learn(storyNames)
  const introductions = learnRoles(text, context, storyNames)
  learnAcronyms(text, registry)
  const cues = findCues(text, closedOrOpen).filter((c) => !outsideStory.some((f) => c.start >= f.start && c.end <= f.end))

  const drafts = attributeQuotations(context, closedOrOpen, cues)
  const used = new Set(drafts.map((d) => d.cue?.start))
  drafts.push(...findParaphrases(context, cues.filter((c) => !used.has(c.start)), closedOrOpen))
  drafts.sort((a, b) => a.start - b.start)

  const quotes: FoundQuote[] = drafts.map((draft) => ({
    start: draft.start,
    end: draft.end,
    text: text.slice(draft.start, draft.end),
    kind: draft.kind,
    speaker: {
      name: draft.speaker && draft.speaker.sourceIndex !== null ? registry.records[draft.speaker.sourceIndex]!.name : null,
      start: draft.speaker && draft.speaker.mention.type !== 'passive' ? draft.speaker.mention.start : null,
      end: draft.speaker && draft.speaker.mention.type !== 'passive' ? draft.speaker.mention.end : null
    },
    cue: draft.cue ? { start: draft.cue.start, end: draft.cue.end, text: draft.cue.text } : null,
    sourceIndex: draft.speaker?.sourceIndex ?? null
  }))

  // Only sources that speak in this story are listed, in the order they first speak; indices follow.
  const speaking = [...new Set(quotes.map((q) => q.sourceIndex).filter((i): i is number => i !== null))]
  const renumber = new Map(speaking.map((old, index) => [old, index]))
  const sources = speaking.map((index) => {
    const { name, role, kind, aliases, roles } = registry.records[index]!
    return { name, role: role || roles[0]?.role || '', kind, aliases }
  })
  for (const quote of quotes) quote.sourceIndex = quote.sourceIndex === null ? null : renumber.get(quote.sourceIndex)!

  const flags = [
    ...nonStory,
    ...quotationFlags(quotations),
    ...speakerFlags(text, quotes, registry),
    ...anonymousFlags(text, closedOrOpen, nonStory),
    ...introductions,
    ...registry.misspellings.map(({ mention, index }): Flag => ({
      rule: 'name-spelling',
      start: mention.nameStart,
      end: mention.nameStart + mention.name.length,
      message: `“${mention.name}” is spelled differently from ${registry.records[index]!.name}. Check the spelling.`
    }))
  ].sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule))

  return { text, quotes, sources, flags }
}

function attributeQuotations(context: AttributionContext, quotations: QuotationSpan[], cues: Cue[]): Draft[] {
  const { text } = context
  const paragraphOf = paragraphIndexer(text)
  const drafts: Draft[] = []
  for (const quote of quotations) {
    const sentence = context.sentence(quote.start)
    const closing = context.sentence(Math.max(quote.start, quote.end - 1))
    const tailCues = spansWithin(cues, quote.end, closing.end)
    const headCues = spansWithin(cues, sentence.start, quote.start)
    let speaker: SpeakerMention | null = null
    let cue: Cue | null = null

    // “…,” said Ambassador Mohib. / “…,” Khaled Al-Maeena, editor at large, said. / “…,” according to X.
    const firstTail = tailCues[0]
    if (firstTail && /^[\s,.]*$/.test(text.slice(quote.end, firstTail.start))) {
      speaker = context.speakerAfter(firstTail, closing.end)
      cue = speaker ? firstTail : null
    } else if (firstTail && firstTail.type !== 'leading') {
      const before = context.speakerBefore(firstTail, quote.end)
      // Only a job title may stand between the quote and its speaker: “…,” team member Rodaba Noori told.
      if (before && /^[\s,]*(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(quote.end, before.start))) {
        speaker = before
        cue = firstTail
      }
    }
    // X said: “…” / according to X, “…” / X told Y that … “…”
    if (!speaker) {
      const headCue = headCues.at(-1)
      if (headCue) {
        const previous = drafts.at(-1)
        speaker = headCue.type === 'leading' ? context.speakerAfter(headCue, quote.start) : context.speakerBefore(headCue, sentence.start)
        if (!speaker && previous && previous.cue === headCue) speaker = previous.speaker?.mention ?? null
        if (!speaker && previous && previous.end > sentence.start && previous.speaker) speaker = previous.speaker.mention
        cue = speaker ? headCue : null
      }
    }
    // Jane Doe: “…” (no cue verb: the subject introduces the quote).
    if (!speaker && /:\s*$/.test(text.slice(sentence.start, quote.start))) {
      const subject =
        context.subjectOf(sentence, quote.start, (m) => !m.possessive && context.registry.isKnownPerson(m)) ??
        context.subjectOf(sentence, quote.start, (m) => m.kind !== 'place' && !m.possessive)
      if (subject) speaker = { type: 'name', start: subject.start, end: subject.end, mention: subject }
    }
    const resolved = speaker ? { mention: speaker, sourceIndex: context.resolve(speaker) } : null
    // A quote with no attribution of its own continues the previous quote's speaker, within a paragraph or
    // across consecutive paragraphs of quotation.
    const previous = drafts.at(-1)
    const continues =
      !resolved &&
      previous?.speaker &&
      (paragraphOf(previous.end) === paragraphOf(quote.start) ||
        (paragraphOf(quote.start) === paragraphOf(previous.end) + 1 && /^\s*$/.test(text.slice(text.lastIndexOf('\n', quote.start) + 1, quote.start))))
    drafts.push({
      start: quote.start,
      end: quote.end,
      kind: quoteKind(text, quote, sentence),
      cue,
      speaker: resolved ?? (continues ? previous!.speaker : null)
    })
  }
  return drafts
}

/** Direct: a whole statement. Partial: words set inside the writer's own sentence (‘the “sensitivity” of’). */
function quoteKind(text: string, quote: Span, sentence: Span): QuoteKind {
  const inner = text.slice(quote.start + 1, quote.end - 1).trim()
  const before = text.slice(sentence.start, quote.start).trimEnd()
  const opensStatement = before === '' || /[,:]$/.test(before)
  if (opensStatement && /^(?:\p{Lu}|\.\.\.|…|\d)/u.test(inner)) return 'direct'
  if (opensStatement && inner.split(/\s+/).length > 8) return 'direct'
  return 'partial'
}

/** Reported speech without quotation marks: “Krutsky said that …”, “According to him, …”. */
function findParaphrases(context: AttributionContext, cues: Cue[], quotations: Span[]): Draft[] {
  const { text } = context
  const drafts: Draft[] = []
  const claimed: Span[] = []
  for (const cue of cues) {
    const sentence = context.sentence(cue.start)
    if (quotations.some((q) => q.start < sentence.end && q.end > sentence.start)) continue
    if (claimed.some((c) => cue.start >= c.start && cue.start < c.end)) continue
    const sentenceEnd = sentence.end - (/[.!?]$/.test(text.slice(sentence.start, sentence.end)) ? 1 : 0)
    let speaker: SpeakerMention | null
    let contentStart: number
    if (cue.type === 'leading') {
      if (!/^[\p{Lu}]/u.test(cue.text)) continue
      speaker = context.speakerAfter(cue, sentence.end)
      const comma = text.indexOf(',', speaker?.end ?? cue.end)
      if (!speaker || comma === -1 || comma >= sentenceEnd) continue
      contentStart = comma + 1
    } else {
      if (!PARAPHRASE_CUES.has(cue.text.toLowerCase())) continue
      const passive = /\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+$/.exec(text.slice(sentence.start, cue.start))
      const after = text.slice(cue.end, sentenceEnd)
      const that = /^(?:\s+[^,;.]{0,60}?)?\s+that\s+/.exec(after)
      if (passive) {
        if (!that) continue
        speaker = { type: 'passive', start: sentence.start + passive.index, end: cue.end }
      } else {
        speaker = context.speakerBefore(cue, sentence.start)
        if (!speaker) continue
      }
      if (that) contentStart = cue.end + that[0].length
      else if (/^(?:told|tells)$/i.test(cue.text)) continue
      else {
        // "said there was", "urged Russian leader Vladimir Putin not to": the clause follows the verb.
        const direct = /^\s+(?=[\p{L}])/u.exec(after)
        if (!direct || /^\s+(?:by|in|on|at|to|for|with|from|of|and|or|but|as|after|before|last|this|it|so)\b/i.test(after)) continue
        contentStart = cue.end + direct[0].length
      }
    }
    while (/\s/.test(text[contentStart] ?? '')) contentStart++
    if (sentenceEnd - contentStart < 8 || claimed.some((c) => c.start === contentStart)) continue
    const resolved = speaker.type === 'passive' ? { mention: speaker, sourceIndex: null } : { mention: speaker, sourceIndex: context.resolve(speaker) }
    drafts.push({ start: contentStart, end: sentenceEnd, kind: 'paraphrase', cue, speaker: resolved })
    claimed.push({ start: contentStart, end: sentenceEnd })
  }
  return drafts
}

const DOCUMENT_AFTER_NAME = new RegExp(String.raw`^['’]s?\s+(${DOCUMENT_NOUNS.join('|')})\b`)

/** “Robert Mueller’s report”: a document source, so that “the report” can be resolved later. */
function findDocuments(text: string, registry: SourceRegistry): { start: number; index: number }[] {
  const documents: { start: number; index: number }[] = []
  for (const mention of findNameMentions(text)) {
    if (!mention.possessive || mention.kind === 'place') continue
    const after = text.slice(mention.end, mention.end + 30)
    const noun = DOCUMENT_AFTER_NAME.exec(after)
    if (!noun) continue
    const name = `${mention.name}’s ${noun[1]}`
    documents.push({ start: mention.start, index: registry.ensure(name, 'document') })
  }
  return documents
}

/**
 * Roles from appositives ("Andrei Krutsky, the Russian President’s special representative, …") and titles
 * ("Professor Eastman"). The same name introduced twice with an appositive is flagged.
 */
function learnRoles(text: string, context: AttributionContext, names: ReturnType<typeof findNameMentions>): Flag[] {
  const flags: Flag[] = []
  for (const mention of names) {
    if (mention.kind !== 'person') continue
    const index = context.registry.resolve(mention)
    const record = context.registry.records[index]!
    const appositive = mention.possessive ? null : /^,\s+((?:the|a|an|his|her|its|their)\s[^,;.]{3,160}?|[\p{Ll}][^,;.]{2,100}?)(?=,|\.|;)/u.exec(text.slice(mention.end, mention.end + 200))
    if (appositive) {
      const role = appositive[1]!.trim()
      const previous = record.roles.find((r) => r.appositive)
      if (previous && mention.name.includes(' ')) {
        const conflicting = previous.role !== role
        flags.push({
          rule: 'duplicate-introduction',
          start: mention.start,
          end: mention.end + appositive[0].length,
          message: conflicting
            ? `${record.name} is introduced twice, as “${previous.role}” and as “${role}”. Keep one introduction and check the title.`
            : `${record.name} is introduced twice. Keep the first introduction.`
        })
      }
      record.roles.push({ role, start: mention.start, end: mention.end + appositive[0].length, appositive: true })
    } else {
      const described = ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 80), mention.start))
      const role = [mention.title, described?.[1]].filter(Boolean).join(' ')
      if (role) record.roles.push({ role, start: mention.start, end: mention.end, appositive: false })
    }
  }
  for (const record of context.registry.records) {
    const distinct = [...new Set(record.roles.filter((r) => r.appositive).map((r) => r.role))]
    record.role = distinct[0] ?? record.roles[0]?.role ?? ''
  }
  return flags
}

const ROLE_BEFORE_NAME = new RegExp(
  String.raw`((?:(?<![\p{L}-])(?!(?:of|the|a|an|and|to|in|on|for|with|by|from|at|as)\s)[\p{Ll}-]+\s+){0,2}(?<![\p{L}-])(?:${ROLE_NOUNS.join('|')}))\s+$`,
  'u'
)

/** “Korean Central News Agency (KCNA)”: the acronym becomes an alias. */
function learnAcronyms(text: string, registry: SourceRegistry): void {
  for (const match of text.matchAll(/([\p{Lu}][\p{L}]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}]*)+)\s+\(([\p{Lu}]{2,8})\)/gu)) {
    const index = registry.records.findIndex((r) => r.name === match[1] || match[1]!.endsWith(r.name))
    if (index !== -1) registry.addAlias(index, match[2]!)
  }
}

function quotationFlags(quotations: QuotationSpan[]): Flag[] {
  return quotations
    .filter((q) => !q.closed)
    .map((q) => ({
      rule: 'unbalanced-quotes' as const,
      start: q.start,
      end: q.strayClose ? q.end : q.start + 1,
      message: q.strayClose
        ? 'This closing quotation mark has no opening mark.'
        : 'This quotation is never closed. Add the closing mark, or open the next paragraph with a quotation mark if the quote continues.'
    }))
}

function speakerFlags(text: string, quotes: FoundQuote[], registry: SourceRegistry): Flag[] {
  const flags: Flag[] = []
  for (const quote of quotes) {
    if (quote.speaker.name === null && quote.speaker.start === null) {
      flags.push({ rule: 'no-speaker', start: quote.start, end: quote.end, message: quote.cue ? `Unattributed: “${quote.cue.text}” names no one. Say who.` : 'No one is named for this quote. Attribute it.' })
    } else if (quote.speaker.name === null && quote.speaker.start !== null && quote.speaker.end !== null) {
      const mention = text.slice(quote.speaker.start, quote.speaker.end)
      flags.push({ rule: 'anonymous', start: quote.speaker.start, end: quote.speaker.end, message: `Unnamed speaker: “${mention}” is not named in the story. Name them, or say why not.` })
    }
    const source = quote.sourceIndex === null ? undefined : registry.records.find((r) => r.name === quote.speaker.name)
    if (source?.kind === 'publication' && quote.speaker.start !== null && quote.speaker.end !== null) {
      flags.push({ rule: 'second-hand', start: quote.speaker.start, end: quote.speaker.end, message: `Second-hand: this comes from ${source.name}, not from someone who spoke to us. Credit it and, if you can, confirm it.` })
    }
  }
  return flags
}

function anonymousFlags(text: string, quotations: Span[], nonStory: Flag[]): Flag[] {
  const flags: Flag[] = []
  ANONYMOUS_SOURCE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = ANONYMOUS_SOURCE.exec(text))) {
    const start = match.index
    if (quotations.some((q) => start > q.start && start < q.end) || nonStory.some((f) => start >= f.start && start < f.end)) continue
    flags.push({ rule: 'anonymous', start, end: start + match[0].length, message: `Anonymous source: “${match[0]}” are not named. Say why, or name them.` })
  }
  return flags
}
