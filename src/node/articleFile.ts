import { basename } from 'node:path'
import type { ArticleDocument } from '../shared/article/document'
import { MAX_ARTICLE_BYTES, parseArticleFile, serializeArticleFile } from '../shared/article/fileFormat'
import { writeFileAtomic } from './atomicWrite'
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

/** What went wrong with a file operation, in words a user can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOENT':
      return 'the file or its folder does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'the disk is read-only'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full'
    case 'EFBIG':
      return 'the file is larger than this disk or account allows'
    case 'ENOTDIR':
      return 'part of its folder path is not a folder'
    case 'EISDIR':
      return 'it is a folder'
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is locked by another program'
    default:
      return (error as Error)?.message ?? String(error)
  }
}
