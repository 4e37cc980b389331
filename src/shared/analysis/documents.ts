import { DOCUMENT_NOUNS, SPEECH_CUES } from './lexicon'
import type { NameMention } from './mentions'
import type { SourceRegistry } from './sources'

/**
 * A document the text names, where: a source of its own (“Mueller’s report”), or the words of its author (“the
 * RCMP said in a statement”), resolved when asked, once the story's full names are known.
 */
export type NamedDocument = { start: number } & ({ source: number } | { author: NameMention })

const DOCUMENT_AFTER_NAME = new RegExp(String.raw`^['’]s?\s+(${DOCUMENT_NOUNS.join('|')})\b`)
const SPEECH_VERB = SPEECH_CUES.filter((cue) => !cue.includes(' ')).join('|')
/** "said in a statement", "said Tuesday in an emailed statement": the name before it wrote the document. */
const SAID_IN_DOCUMENT = new RegExp(
  String.raw`^\s+(?:${SPEECH_VERB})\s+(?:[\p{L}]+\s+){0,2}?in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${DOCUMENT_NOUNS.join('|')}|release)\b`,
  'u'
)

/**
 * “Robert Mueller’s report”: a document source, so that “the report” can be resolved later. “The RCMP said in a
 * statement”: the statement is the RCMP's words, so a later “the statement said” is the RCMP's.
 */
export function findDocuments(text: string, mentions: NameMention[], registry: SourceRegistry): NamedDocument[] {
  const documents: NamedDocument[] = []
  for (const mention of mentions) {
    if (mention.kind === 'place') continue
    if (!mention.possessive) {
      if (SAID_IN_DOCUMENT.test(text.slice(mention.end, mention.end + 80))) documents.push({ start: mention.start, author: mention })
      continue
    }
    const after = text.slice(mention.end, mention.end + 30)
    const noun = DOCUMENT_AFTER_NAME.exec(after)
    if (!noun) continue
    const name = `${mention.name}’s ${noun[1]}`
    documents.push({ start: mention.start, source: registry.ensure(name, 'document') })
  }
  return documents
}
