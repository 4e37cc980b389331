import { basename } from 'node:path'
import type { ArticleDocument } from '../shared/article/document'
import { MAX_ARTICLE_BYTES, parseArticleFile, serializeArticleFile } from '../shared/article/fileFormat'
import { writeFileAtomic } from './atomicWrite'
import { describeFsError } from './fsErrors'
import { decodeUtf8, readInputFile, UnreadableFileError } from './inputFile'
import { UserFacingError } from './userFacingError'

/** Reads and checks a .copydesk file; a bad one throws a sentence naming the file and what is wrong. */
export async function readArticle(path: string): Promise<ArticleDocument> {
  const name = basename(path)
  const fail = (problem: string): never => {
    throw new UserFacingError(`Could not open “${name}”: ${problem}.`)
  }
  let text: string
  try {
    text = decodeUtf8(await readInputFile(path, MAX_ARTICLE_BYTES))
  } catch (error) {
    return fail(error instanceof UnreadableFileError ? error.message : describeFsError(error))
  }
  const parsed = parseArticleFile(text)
  if (!parsed.ok) return fail(parsed.problem)
  return parsed.document
}

export async function writeArticle(path: string, document: ArticleDocument): Promise<void> {
  const text = serializeArticleFile(document)
  try {
    await writeFileAtomic(path, text)
  } catch (error) {
    throw new UserFacingError(
      `Could not save “${basename(path)}”: ${describeFsError(error)}. The previous file is unchanged and your draft is still open; use Save As to save it somewhere else.`
    )
  }
}
