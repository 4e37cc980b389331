import { basename } from 'node:path'
import type { ArticleDocument } from '../shared/article/document'
import { MAX_ARTICLE_BYTES, parseArticleFile, serializeArticleFile } from '../shared/article/fileFormat'
import { writeFileAtomic } from './atomicWrite'
import { describeFsError } from './fsErrors'
import { decodeUtf8, readInputFile, UnreadableFileError } from './inputFile'
import { UserFacingError } from './userFacingError'

/** Reads and checks a .copydesk file; a bad one throws a sentence naming the file and what is wrong. */
export async function readArticle(path: string): Promise<ArticleDocument> {
  let bytes: Buffer
  try {
    bytes = await readInputFile(path, MAX_ARTICLE_BYTES)
  } catch (error) {
    throw new UserFacingError(`Could not open “${basename(path)}”: ${error instanceof UnreadableFileError ? error.message : describeFsError(error)}.`)
  }
  return articleFromBytes(basename(path), bytes)
}

/** A .copydesk file's bytes (read from disk, or dropped on the window) as an article, or why it cannot be opened. */
export function articleFromBytes(name: string, bytes: Buffer): ArticleDocument {
  const fail = (problem: string): never => {
    throw new UserFacingError(`Could not open “${name}”: ${problem}.`)
  }
  if (bytes.length > MAX_ARTICLE_BYTES) return fail('it is larger than any story Copydesk opens')
  let text: string
  try {
    text = decodeUtf8(bytes)
  } catch (error) {
    return fail((error as Error).message)
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
