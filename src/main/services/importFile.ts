import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import mammoth from 'mammoth'
import type { ArticleDocument } from '../../shared/article/document'
import { htmlToArticle } from '../../shared/import/html'
import { markdownToArticle } from '../../shared/import/markdown'
import { plainTextToArticle } from '../../shared/import/plainText'
import { UserFacingError } from '../ipc/dispatch'
import { MAX_ARTICLE_BYTES } from './articleFiles'

export const IMPORT_EXTENSIONS = ['txt', 'text', 'html', 'htm', 'md', 'markdown', 'docx'] as const

/**
 * Reads a text, HTML, Markdown or Word file into a new article. The file is only read, never written; the
 * result is an untitled draft.
 */
export async function importFile(path: string): Promise<ArticleDocument> {
  const name = basename(path)
  const fail = (problem: string): never => {
    throw new UserFacingError(`Could not import “${name}”: ${problem}.`)
  }
  const extension = extname(path).slice(1).toLowerCase()
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) fail('Copydesk imports .txt, .html, .md and .docx files')
  let bytes: Buffer
  try {
    const info = await stat(path)
    if (info.size > MAX_ARTICLE_BYTES) fail('it is larger than any story Copydesk imports')
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof UserFacingError) throw error
    return fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message)
  }
  return importBytes(name, bytes)
}

/** A file's contents (read from disk, or dropped on the window) into a new article. */
export async function importBytes(name: string, bytes: Buffer): Promise<ArticleDocument> {
  const fail = (problem: string): never => {
    throw new UserFacingError(`Could not import “${name}”: ${problem}.`)
  }
  const extension = extname(name).slice(1).toLowerCase()
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) fail('Copydesk imports .txt, .html, .md and .docx files')
  if (bytes.length > MAX_ARTICLE_BYTES) fail('it is larger than any story Copydesk imports')
  if (extension === 'docx') {
    try {
      const { value } = await mammoth.convertToHtml({ buffer: bytes })
      return htmlToArticle(value)
    } catch {
      return fail('it is not a Word document that can be read (is it a .doc saved with a .docx name, or damaged?)')
    }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail('it is not UTF-8 text')
  }
  if (extension === 'html' || extension === 'htm') return htmlToArticle(text)
  if (extension === 'md' || extension === 'markdown') return markdownToArticle(text)
  return plainTextToArticle(text)
}
