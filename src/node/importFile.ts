import { basename, extname } from 'node:path'
import { InvalidArticleError, MAX_ARTICLE_BYTES, serializeArticleFile } from '../shared/article/fileFormat'
import type { ArticleDocument } from '../shared/article/document'
import { htmlToArticle } from '../shared/import/html'
import { ImportLimits, ImportRefusedError, ImportTooLargeError } from '../shared/import/limits'
import { markdownToArticle } from '../shared/import/markdown'
import { plainTextToArticle } from '../shared/import/plainText'
import { decodeUtf8, describeReadFailure, readInputFile, UnreadableFileError } from './inputFile'
import { UserFacingError } from './userFacingError'
import { UnreadableWordDocumentError, wordDocumentToHtml } from './wordDocument'

export const IMPORT_EXTENSIONS = ['txt', 'text', 'html', 'htm', 'md', 'markdown', 'docx'] as const

/**
 * Reads a text, HTML, Markdown or Word file into a new article. The file is only read, never written; the
 * result is an untitled draft. `limits` learns what the import had to change (its `notice()` says so).
 */
export async function importFile(path: string, limits = new ImportLimits()): Promise<ArticleDocument> {
  const name = basename(path)
  checkExtension(name)
  let bytes: Buffer
  try {
    bytes = await readInputFile(path, MAX_ARTICLE_BYTES)
  } catch (error) {
    throw cannotImport(name, describeReadFailure(error))
  }
  return importBytes(name, bytes, limits)
}

/**
 * A file's contents (read from disk, or dropped on the window) into a new article — always one that save
 * accepts and Copydesk can open again: it passes the file format's schema and fits its size limit, or the
 * import is refused saying why.
 */
export async function importBytes(name: string, bytes: Buffer, limits = new ImportLimits()): Promise<ArticleDocument> {
  const extension = checkExtension(name)
  if (bytes.length > MAX_ARTICLE_BYTES) throw cannotImport(name, 'it is larger than any story Copydesk imports')
  let document: ArticleDocument
  try {
    document = await convert(extension, bytes, limits)
  } catch (error) {
    if (error instanceof ImportRefusedError || error instanceof UnreadableFileError || error instanceof UnreadableWordDocumentError) {
      throw cannotImport(name, error.message)
    }
    throw error
  }
  let text: string
  try {
    text = serializeArticleFile(document)
  } catch (error) {
    if (error instanceof InvalidArticleError) throw cannotImport(name, `the article it makes would not be valid (${error.problem})`)
    throw error
  }
  if (Buffer.byteLength(text) > MAX_ARTICLE_BYTES) throw cannotImport(name, new ImportTooLargeError(MAX_ARTICLE_BYTES).message)
  return document
}

async function convert(extension: string, bytes: Buffer, limits: ImportLimits): Promise<ArticleDocument> {
  if (extension === 'docx') {
    let html: string
    try {
      html = await wordDocumentToHtml(bytes)
    } catch (error) {
      if (error instanceof UnreadableWordDocumentError) throw error
      throw new UnreadableWordDocumentError('it is not a Word document that can be read (is it a .doc saved with a .docx name, or damaged?)')
    }
    return htmlToArticle(html, limits)
  }
  const text = decodeUtf8(bytes)
  if (extension === 'html' || extension === 'htm') return htmlToArticle(text, limits)
  if (extension === 'md' || extension === 'markdown') return markdownToArticle(text, limits)
  return plainTextToArticle(text, limits)
}

function checkExtension(name: string): string {
  const extension = extname(name).slice(1).toLowerCase()
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) throw cannotImport(name, 'Copydesk imports .txt, .html, .md and .docx files')
  return extension
}

function cannotImport(name: string, problem: string): UserFacingError {
  return new UserFacingError(`Could not import “${name}”: ${problem}.`)
}
