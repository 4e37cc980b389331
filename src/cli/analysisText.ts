import { basename, extname } from 'node:path'
import { readArticle } from '../node/articleFile'
import { IMPORT_EXTENSIONS, importBytes } from '../node/importFile'
import { decodeUtf8, describeReadFailure, readInputFile } from '../node/inputFile'
import { UserFacingError } from '../node/userFacingError'
import type { ArticleDocument } from '../shared/article/document'
import { MAX_ARTICLE_BYTES } from '../shared/article/fileFormat'
import { bodyText } from '../shared/article/stats'

/** Text files analysed as they are, byte for byte, so that offsets index into the file's own text. */
const VERBATIM = new Set(['txt', 'text'])

/** What `copydesk analyze` names in its usage and its refusal. */
const ANALYSED_FILES = '.txt, .html, .md, .docx and .copydesk'

/**
 * The text `copydesk analyze` reads from a file, which its offsets refer to. A .txt file is analysed exactly
 * as it is. A page, Markdown or Word file is read as Copydesk imports it (the same importer as the app's
 * Import, so a web page is analysed as its article, without the page around it), and a
 * .copydesk file as it is saved: both as `articleText`, so a file and the article imported from it read the same.
 */
export async function readAnalysisText(path: string): Promise<string> {
  const extension = extname(path).slice(1).toLowerCase()
  if (extension === 'copydesk') return articleText(await readArticle(path))
  const imported = (IMPORT_EXTENSIONS as readonly string[]).includes(extension)
  if (!imported) throw cannotRead(path, `analyze reads ${ANALYSED_FILES} files`)
  let bytes: Buffer
  try {
    bytes = await readInputFile(path, MAX_ARTICLE_BYTES)
    if (VERBATIM.has(extension)) return decodeUtf8(bytes)
  } catch (error) {
    throw cannotRead(path, describeReadFailure(error))
  }
  return articleText(await importBytes(basename(path), bytes))
}

/**
 * An article as analysed: its headline as the first paragraph (so a quote in it is found, as it is in the
 * first line of a .txt file), then its body, paragraphs separated by blank lines.
 */
export function articleText(document: ArticleDocument): string {
  const headline = document.meta.headline.trim()
  const body = bodyText(document.body, '\n\n')
  return [headline, body].filter(Boolean).join('\n\n')
}

function cannotRead(path: string, problem: string): UserFacingError {
  return new UserFacingError(`Could not read “${path}”: ${problem}.`)
}
