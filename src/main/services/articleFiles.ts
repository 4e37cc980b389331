import { basename, dirname, extname, join, resolve } from 'node:path'
import { FILE_EXTENSION, type ArticleDocument } from '../../shared/article/document'
import { EXPORT_FORMATS, exportArticle, type ExportFormat } from '../../shared/export'
import { attributionReport } from '../../shared/review/attributionReport'
import { REPORT_FORMAT_LABELS, type ReportFormat } from '../../shared/review/reportFormats'
import { slugify } from '../../shared/article/meta'
import { readArticle, writeArticle } from '../../node/articleFile'
import { describeFsError } from '../../node/fsErrors'
import { writeFileAtomic } from '../../node/atomicWrite'
import { UserFacingError } from '../../node/userFacingError'
import type { Dialogs } from './dialogs'

export interface ArticleFilesOptions {
  dialogs: Dialogs
  /** Where dialogs start when the document has no file yet. */
  defaultFolder: () => string
}

/**
 * Opens and saves .copydesk files. Main writes only to files the user picked in a dialog or opened, so a
 * compromised renderer cannot name an arbitrary path. Saves are atomic: a temp file is written and fsynced,
 * then renamed over the target, so a crash or a full disk leaves the previous file intact.
 */
export class ArticleFiles {
  private readonly writable = new Set<string>()
  /** The last save to each file: a new save to the same file waits for it, so saves land in request order. */
  private readonly pending = new Map<string, Promise<unknown>>()

  constructor(private readonly options: ArticleFilesOptions) {}

  /** True for a file this session may write: one the user opened or chose in a dialog. */
  isWritable(path: string): boolean {
    return this.writable.has(resolve(path))
  }

  /** Allows writing to a file again, for a draft recovered from a crash that belonged to it. */
  allowWriting(path: string): void {
    this.writable.add(resolve(path))
  }

  async openWithDialog(): Promise<{ path: string; document: ArticleDocument } | null> {
    const chosen = await this.options.dialogs.chooseFileToOpen(this.options.defaultFolder())
    return chosen ? this.openKnown(chosen) : null
  }

  /** Opens a file the user chose before (from the recent list or the operating system), and may save to it. */
  async openKnown(chosen: string): Promise<{ path: string; document: ArticleDocument }> {
    const path = resolve(chosen)
    const document = await readArticle(path)
    this.writable.add(path)
    return { path, document }
  }

  async save(request: { document: ArticleDocument; path: string | null; saveAs: boolean }): Promise<{ path: string } | null> {
    let target = request.path === null ? null : resolve(request.path)
    if (target !== null && !request.saveAs && !this.writable.has(target)) {
      throw new UserFacingError(
        `Copydesk can only save to a file you opened or chose in a dialog; use Save As to pick “${basename(target)}” again.`
      )
    }
    if (target === null || request.saveAs) {
      const suggested = target ?? join(this.options.defaultFolder(), suggestedFileName(request.document))
      const chosen = await this.options.dialogs.chooseSaveTarget(suggested)
      if (!chosen) return null
      target = withExtension(resolve(chosen))
    }
    await this.inTurn(target, () => writeArticle(target, request.document))
    this.writable.add(target)
    return { path: target }
  }

  private inTurn(path: string, write: () => Promise<void>): Promise<void> {
    const previous = this.pending.get(path) ?? Promise.resolve()
    const next = previous.catch(() => undefined).then(write)
    this.pending.set(path, next)
    void next.finally(() => {
      if (this.pending.get(path) === next) this.pending.delete(path)
    }).catch(() => undefined)
    return next
  }
}

/** Exports where the user chooses in a Save dialog. The export never touches the article's own file. */
export function exportWithDialog(
  dialogs: Dialogs,
  folder: string,
  request: { document: ArticleDocument; format: ExportFormat; attribution: boolean }
): Promise<{ path: string } | null> {
  const { label, extension } = EXPORT_FORMATS[request.format]
  return writeWithDialog(dialogs, join(folder, `${stemOf(request.document)}.${extension}`), { name: label, extensions: [extension] }, () =>
    exportArticle(request.document, request.format, { attribution: request.attribution })
  )
}

/** The attribution report, where the user chooses ("<slug>-attribution.html"). */
export function reportWithDialog(dialogs: Dialogs, folder: string, request: { document: ArticleDocument; format: ReportFormat }): Promise<{ path: string } | null> {
  const { label, extension } = REPORT_FORMAT_LABELS[request.format]
  return writeWithDialog(dialogs, join(folder, `${stemOf(request.document)}-attribution.${extension}`), { name: label, extensions: [extension] }, () =>
    attributionReport(request.document, request.format)
  )
}

/** Asks where in a Save dialog, makes the content, and writes it atomically; `null` when the user cancels. */
export async function writeWithDialog(
  dialogs: Dialogs,
  suggested: string,
  filter: { name: string; extensions: string[] },
  content: () => string | Uint8Array | Promise<Uint8Array>
): Promise<{ path: string } | null> {
  const chosen = await dialogs.chooseSaveTarget(suggested, filter)
  if (!chosen) return null
  const target = resolve(chosen)
  const data = await content()
  try {
    await writeFileAtomic(target, data)
  } catch (error) {
    throw new UserFacingError(`Could not export to “${basename(target)}”: ${describeFsError(error)}.`)
  }
  return { path: target }
}

function stemOf(document: ArticleDocument): string {
  return document.meta.slug || slugify(document.meta.headline) || 'untitled'
}

function suggestedFileName(document: ArticleDocument): string {
  return `${stemOf(document)}.${FILE_EXTENSION}`
}

function withExtension(path: string): string {
  return extname(path) ? path : join(dirname(path), `${basename(path)}.${FILE_EXTENSION}`)
}
