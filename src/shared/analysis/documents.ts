import { DOCUMENT_NOUNS } from './lexicon'
import type { NameMention } from './mentions'
import type { SourceRegistry } from './sources'

const DOCUMENT_AFTER_NAME = new RegExp(String.raw`^['’]s?\s+(${DOCUMENT_NOUNS.join('|')})\b`)

/** “Robert Mueller’s report”: a document source, so that “the report” can be resolved later. */
export function findDocuments(text: string, mentions: NameMention[], registry: SourceRegistry): { start: number; index: number }[] {
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
