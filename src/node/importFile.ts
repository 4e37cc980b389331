import { basename, extname } from 'node:path'
import { InvalidArticleError, MAX_ARTICLE_BYTES, serializeArticleFile } from '../shared/article/fileFormat'
import type { ArticleDocument } from '../shared/article/document'
import { htmlToArticle } from '../shared/import/html'
import type { ExtractionMethod } from '../shared/import/extractionMethods'
import { ImportLimits, ImportRefusedError, ImportTooLargeError } from '../shared/import/limits'
import { markdownToArticle } from '../shared/import/markdown'
import { plainTextToArticle } from '../shared/import/plainText'
import { decodeUtf8, describeReadFailure, readInputFile, UnreadableFileError } from './inputFile'
import { UserFacingError } from './userFacingError'
import { importWebPage, type PageVersion } from './webPage/extractWebPage'
import { UnreadableWordDocumentError, wordDocumentToHtml } from './wordDocument'

export const IMPORT_EXTENSIONS = ['txt', 'text', 'html', 'htm', 'md', 'markdown', 'docx'] as const

/** How an HTML import found its article, and the other choice the import dialog offers. */
export interface WebPageChoice {
  method: ExtractionMethod
  /** The whole page instead of the article; null when the article is the whole page or the page is too large. */
  wholePage: PageVersion | null
}

/** An imported draft, what the user should be told about how it was read, and for a web page, the other choice. */
export interface ImportedDraft extends PageVersion {
  webPage: WebPageChoice | null
}

export interface ImportOptions {
  /** For a web page: everything on it, not just the article (`copydesk import --whole-page`). */
  wholePage?: boolean
}

/** Reads a text, HTML, Markdown or Word file into a new article. The file is only read, never written. */
export async function importFile(path: string, options: ImportOptions = {}): Promise<ArticleDocument> {
  return (await importDraftFromFile(path, options)).document
}

/** A file's contents into a new article (see importDraftFromBytes). */
export async function importBytes(name: string, bytes: Buffer, options: ImportOptions = {}): Promise<ArticleDocument> {
  return (await importDraftFromBytes(name, bytes, options)).document
}

export async function importDraftFromFile(path: string, options: ImportOptions = {}): Promise<ImportedDraft> {
  const name = basename(path)
  checkExtension(name)
  let bytes: Buffer
  try {
    bytes = await readInputFile(path, MAX_ARTICLE_BYTES)
  } catch (error) {
    throw cannotImport(name, describeReadFailure(error))
  }
  return importDraftFromBytes(name, bytes, options)
}

/**
 * A file's contents (read from disk, or dropped on the window) into a new untitled draft — always one that save
 * accepts and Copydesk can open again: it passes the file format's schema and fits its size limit, or the
 * import is refused saying why. A web page comes in as its article, with the whole page offered beside it.
 */
export async function importDraftFromBytes(name: string, bytes: Buffer, options: ImportOptions = {}): Promise<ImportedDraft> {
  const extension = checkExtension(name)
  if (bytes.length > MAX_ARTICLE_BYTES) throw cannotImport(name, 'it is larger than any story Copydesk imports')
  try {
    if (extension === 'html' || extension === 'htm') return webPageDraft(name, decodeUtf8(bytes), options.wholePage ?? false)
    const limits = new ImportLimits()
    const document = await convert(extension, bytes, limits)
    return { document: checkedArticle(name, document), notice: limits.notice(), webPage: null }
  } catch (error) {
    if (error instanceof ImportRefusedError || error instanceof UnreadableFileError || error instanceof UnreadableWordDocumentError) {
      throw cannotImport(name, error.message)
    }
    throw error
  }
}

/** A web page as its article (or, asked for, the whole page), with the other version offered beside it. */
function webPageDraft(name: string, html: string, wholePageFirst: boolean): ImportedDraft {
  const page = importWebPage(html)
  let wholePage = page.wholePage
  if (wholePageFirst && wholePage) {
    return { ...wholePage, document: checkedArticle(name, wholePage.document), webPage: { method: 'whole-page', wholePage: null } }
  }
  if (wholePage) {
    try {
      wholePage = { ...wholePage, document: checkedArticle(name, wholePage.document) }
    } catch (error) {
      // The article comes in all the same; only the choice of the whole page goes.
      if (!(error instanceof UserFacingError)) throw error
      wholePage = null
    }
  }
  return { document: checkedArticle(name, page.article.document), notice: page.article.notice, webPage: { method: page.method, wholePage } }
}

/** The article, once it is certain that it saves and opens again; else the import is refused, saying why. */
function checkedArticle(name: string, document: ArticleDocument): ArticleDocument {
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

/** Text, Markdown or Word into an article (a web page goes to webPageDraft). */
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
