import { learnAcronyms } from './acronyms'
import { AttributionContext } from './attribution'
import { attributeQuotations } from './attributeQuotations'
import { findCues } from './cues'
import { findDocuments } from './documents'
import { creditEchoes } from './echoes'
import { anonymityPhraseFlags } from './flags/anonymityPhrases'
import { anonymousSourceFlags } from './flags/anonymousSources'
import { duplicateIntroductionFlags } from './flags/duplicateIntroduction'
import { nameSpellingFlags } from './flags/nameSpelling'
import { secondHandFlags, unattributedFlags } from './flags/speakers'
import { unbalancedQuoteFlags } from './flags/unbalancedQuotes'
import { findNameMentions } from './mentions'
import { findParaphrases } from './paraphrases'
import { findQuotationSpans } from './quotationSpans'
import { reportQuotes } from './results'
import { learnRoles } from './roles'
import { SourceRegistry } from './sources'
import { findNonStoryLines } from './storyLines'
import { sentencesOf, withinSpans } from './text'
import type { Analysis, FoundSource } from './types'

export interface AnalysisOptions {
  /**
   * Sources found in the rest of the story when only part of it is analysed (see incremental.ts): a surname or
   * an alias in the part resolves to the full name introduced elsewhere.
   */
  knownSources?: readonly FoundSource[]
}

/**
 * Finds the quotations in a story, who said each one, the reported speech around them, the sources, and
 * what an editor should look at. Pure and synchronous: the same code runs in the editor, the CLI and tests.
 *
 * A pipeline: read the text (quotations, sentences, lines that are not story, names), learn the sources (full
 * names, documents, roles, acronyms), attribute quotations and reported speech, then run each flag rule.
 */
export function analyzeText(text: string, options: AnalysisOptions = {}): Analysis {
  const quotations = findQuotationSpans(text)
  const closedOrOpen = quotations.filter((q) => !q.strayClose)
  const sentences = sentencesOf(text, closedOrOpen)
  const { flags: nonStory, titles } = findNonStoryLines(text)
  const outsideStory = withinSpans([...nonStory, ...titles])

  const registry = new SourceRegistry()
  if (options.knownSources) registry.seed(options.knownSources)
  const mentions = findNameMentions(text)
  const documents = findDocuments(text, mentions, registry)
  const context = new AttributionContext(text, closedOrOpen, sentences, mentions, registry, outsideStory, documents)
  const storyNames = context.names.filter((m) => !outsideStory(m))
  registry.learn(storyNames)
  const reintroductions = learnRoles(text, registry, storyNames)
  learnAcronyms(text, registry)

  const cues = findCues(text, closedOrOpen).filter((c) => !outsideStory(c))
  context.learnSpeakingNames(cues)
  const drafts = attributeQuotations(context, closedOrOpen, cues)
  creditEchoes(text, drafts)
  const used = new Set(drafts.map((d) => d.cue?.start))
  drafts.push(...findParaphrases(context, cues.filter((c) => !used.has(c.start)), closedOrOpen))
  drafts.sort((a, b) => a.start - b.start)
  const { quotes, sources } = reportQuotes(text, drafts, registry)

  const flags = [
    ...nonStory,
    ...unbalancedQuoteFlags(quotations),
    ...unattributedFlags(text, quotes),
    ...secondHandFlags(quotes, registry),
    ...anonymousSourceFlags(text, closedOrOpen, nonStory),
    ...anonymityPhraseFlags(text, closedOrOpen),
    ...duplicateIntroductionFlags(reintroductions),
    ...nameSpellingFlags(registry)
  ].sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule))
  return { text, quotes, sources, flags }
}
