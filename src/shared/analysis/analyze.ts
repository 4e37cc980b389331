import { findAcronyms } from './acronyms'
import { findAnonymousSources } from './anonymousSources'
import { AttributionContext, type Draft, type SpeakerMention } from './attribution'
import { findCues, type Cue } from './cues'
import { DOCUMENT_NOUNS, ROLE_NOUNS } from './lexicon'
import { findNameMentions, type NameMention } from './mentions'
import { findParaphrases } from './paraphrases'
import { findQuotationSpans, type QuotationSpan } from './quotationSpans'
import { SourceRegistry } from './sources'
import { findNonStoryLines } from './storyLines'
import { SuffixNames } from './suffixNames'
import { blanksBefore, insideSpans, isBlank, lowerBound, paragraphIndexer, sentencesOf, withinSpans } from './text'
import type { Analysis, Flag, FoundQuote, QuoteKind, Span } from './types'

/**
 * Finds the quotations in a story, who said each one, the reported speech around them, the sources, and
 * what an editor should look at. Pure and synchronous: the same code runs in the editor, the CLI and tests.
 */
export function analyzeText(text: string): Analysis {
  const quotations = findQuotationSpans(text)
  const closedOrOpen = quotations.filter((q) => !q.strayClose)
  const sentences = sentencesOf(text, closedOrOpen)
  const { flags: nonStory, titles } = findNonStoryLines(text)
  const outsideStory = withinSpans([...nonStory, ...titles])
  const registry = new SourceRegistry()
  const mentions = findNameMentions(text)
  const documents = findDocuments(text, mentions, registry)
  const context = new AttributionContext(text, closedOrOpen, sentences, mentions, registry, outsideStory, documents)
  const storyNames = context.names.filter((m) => !outsideStory(m))
  registry.learn(storyNames)
  const introductions = learnRoles(text, context, storyNames)
  learnAcronyms(text, registry)
  const cues = findCues(text, closedOrOpen).filter((c) => !outsideStory(c))

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
      const headCue = lastCueWithin(cues, sentence.start, quote.start)
      if (headCue) {
        const previous = drafts.at(-1)
        speaker = headCue.type === 'leading' ? context.speakerAfter(headCue, quote.start) : context.speakerBefore(headCue, sentence.start)
        if (!speaker && previous && previous.cue === headCue) speaker = previous.speaker?.mention ?? null
        if (!speaker && previous && previous.end > sentence.start && previous.speaker) speaker = previous.speaker.mention
        cue = speaker ? headCue : null
      }
    }
    // Jane Doe: “…” (no cue verb: the subject introduces the quote).
    if (!speaker && lastBefore === ':') {
      const subject = context.knownPersonSubject(sentence, quote.start) ?? context.subjectOf(sentence, quote.start, 'speaker')
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
      kind: quoteKind(text, quote, lastBefore),
      cue,
      speaker: resolved ?? (continues ? previous!.speaker : null)
    })
  }
  return drafts
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

const DOCUMENT_AFTER_NAME = new RegExp(String.raw`^['’]s?\s+(${DOCUMENT_NOUNS.join('|')})\b`)

/** “Robert Mueller’s report”: a document source, so that “the report” can be resolved later. */
function findDocuments(text: string, mentions: NameMention[], registry: SourceRegistry): { start: number; index: number }[] {
  const documents: { start: number; index: number }[] = []
  for (const mention of mentions) {
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
function learnRoles(text: string, context: AttributionContext, names: NameMention[]): Flag[] {
  const flags: Flag[] = []
  const firstAppositive = new Map<number, { role: string }>()
  for (const mention of names) {
    if (mention.kind !== 'person') continue
    const index = context.registry.resolve(mention)
    const record = context.registry.records[index]!
    const appositive = mention.possessive ? null : /^,\s+((?:the|a|an|his|her|its|their)\s[^,;.]{3,160}?|[\p{Ll}][^,;.]{2,100}?)(?=,|\.|;)/u.exec(text.slice(mention.end, mention.end + 200))
    if (appositive) {
      const role = appositive[1]!.trim()
      const previous = firstAppositive.get(index)
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
      if (!previous) firstAppositive.set(index, { role })
    } else {
      // The regex ends in blanks: where none come before the name, it cannot match (and is not run).
      const described = isBlank(text[mention.start - 1]) ? ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 80), mention.start)) : null
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

/** “Korean Central News Agency (KCNA)”: the acronym becomes an alias of the first source whose name ends the words before it. */
function learnAcronyms(text: string, registry: SourceRegistry): void {
  const names = new SuffixNames(registry.records.map((r) => r.name))
  for (const { name, acronym } of findAcronyms(text)) {
    const index = names.firstEndingOf(name)
    if (index !== -1) registry.addAlias(index, acronym)
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
    const source = quote.sourceIndex === null || quote.speaker.name === null ? undefined : registry.named(quote.speaker.name)
    if (source?.kind === 'publication' && quote.speaker.start !== null && quote.speaker.end !== null) {
      flags.push({ rule: 'second-hand', start: quote.speaker.start, end: quote.speaker.end, message: `Second-hand: this comes from ${source.name}, not from someone who spoke to us. Credit it and, if you can, confirm it.` })
    }
  }
  return flags
}

function anonymousFlags(text: string, quotations: Span[], nonStory: Flag[]): Flag[] {
  const quoted = insideSpans(quotations)
  const notStory = withinSpans(nonStory)
  return findAnonymousSources(text)
    .filter(({ start }) => !quoted(start) && !notStory({ start, end: start + 1 }))
    .map(({ start, end }): Flag => ({ rule: 'anonymous', start, end, message: `Anonymous source: “${text.slice(start, end)}” are not named. Say why, or name them.` }))
}
