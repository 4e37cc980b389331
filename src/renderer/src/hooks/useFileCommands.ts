import { useEffect, useMemo, useRef, useState } from 'react'
import { articleDocumentSchema, FILE_EXTENSION, newArticle, type ArticleDocument } from '../../../shared/article/document'
import { META_LABELS, slugify, type ArticleMeta } from '../../../shared/article/meta'
import type { ExportFormat } from '../../../shared/export/formats'
import type { ReportFormat } from '../../../shared/review/reportFormats'
import { copydesk } from '../api'
import type { PageImport, PageVersion } from '../components/ImportPageDialog'
import { fileNameOf, type DocumentState } from './useDocumentState'

export interface Notice {
  kind: 'error' | 'info'
  message: string
  /** A way out offered beside the message ("Save As…" after a failed save). */
  action?: { label: string; run: () => void }
}

export type Activity = 'opening' | 'saving' | null

/** What replaces the current document: opened, imported or recovered; null when the user cancelled. */
type Replacement = { document: ArticleDocument; path: string | null; importedFrom?: string; importNotice?: string | null; recoveryId?: string; copiedFrom?: string } | null

/**
 * Everything done to the article as a whole: new, open, import, save, save as, export, copy, close, with the
 * unsaved-changes question before anything that would discard edits. Saves run one after another. The
 * commands are listed once; the object returned is stable and always runs the latest of each.
 */
export function useFileCommands(state: DocumentState, authorName: string) {
  const { sessionRef, dirtyRef, load, markUnsaved, currentDocument, beginSave } = state
  const [notice, setNotice] = useState<Notice | null>(null)
  const [activity, setActivity] = useState<Activity>(null)
  const saveQueue = useRef<Promise<unknown>>(Promise.resolve())
  /** A web page waiting in the import dialog, and how to hand back the user's choice. */
  const [pageImport, setPageImport] = useState<(PageImport & { choose: (chosen: PageVersion | null) => void }) | null>(null)

  /** The version of an imported file to bring in: a web page's comes from the import dialog (null: cancelled). */
  const chooseImported = (name: string, imported: PageVersion & { webPage: Omit<PageImport, 'name' | 'article'> | null }): Promise<PageVersion | null> => {
    const { webPage } = imported
    if (!webPage) return Promise.resolve(imported)
    // The status bar says "Opening…" only while something is being read, not while the user decides.
    setActivity(null)
    return new Promise((resolve) =>
      setPageImport({
        name,
        method: webPage.method,
        article: { document: imported.document, notice: imported.notice },
        wholePage: webPage.wholePage,
        choose: (chosen) => {
          setPageImport(null)
          resolve(chosen)
        }
      })
    )
  }

  /** The article as it stands, or null (with a message saying which field to correct) when it is invalid. */
  const validDocument = (action: string): ArticleDocument | null => {
    const valid = articleDocumentSchema.safeParse(currentDocument())
    if (valid.success) return valid.data
    const issue = valid.error.issues[0]
    const field = issue?.path[0] === 'meta' ? META_LABELS[issue.path[1] as keyof ArticleMeta] : undefined
    const where = field ? `the ${field.toLowerCase()} field` : issue?.path.join('.')
    setNotice({ kind: 'error', message: `Not ${action}: ${where}: ${issue?.message}. Correct it and try again.` })
    return null
  }

  const saveNow = async (saveAs: boolean): Promise<boolean> => {
    const saved = beginSave()
    const document = validDocument('saved')
    if (!document) return false
    setActivity('saving')
    try {
      const result = await copydesk.article.save({ document, path: sessionRef.current.path, saveAs })
      if (!result) return false
      saved(result.path)
      setNotice(null)
      return true
    } catch (error) {
      // The draft stays in the editor (and in its recovery copy); offer another place to put it.
      setNotice({ kind: 'error', message: (error as Error).message, action: { label: 'Save As…', run: () => void save(true) } })
      return false
    } finally {
      setActivity(null)
    }
  }

  const save = (saveAs = false): Promise<boolean> => {
    const queued = saveQueue.current.then(() => saveNow(saveAs))
    saveQueue.current = queued
    return queued
  }

  /** True when it is fine to drop the current document: it is saved, or the user saved or discarded it. */
  const settleUnsavedChanges = async (): Promise<boolean> => {
    if (!dirtyRef.current) return true
    const answer = await copydesk.dialog.unsavedChanges({ documentName: fileNameOf(sessionRef.current.path) })
    if (answer === 'cancel') return false
    if (answer === 'save') return save(false)
    return true
  }

  /** Replaces the document with one fetched from main, after the unsaved-changes question. */
  const replaceWith = async (fetch: () => Promise<Replacement>): Promise<void> => {
    if (!(await settleUnsavedChanges())) return
    setActivity('opening')
    try {
      const next = await fetch()
      if (!next) return
      load(next.document, next.path, next.recoveryId)
      if (next.importedFrom === undefined && next.recoveryId === undefined && next.copiedFrom === undefined) return setNotice(null)
      markUnsaved()
      setNotice({
        kind: 'info',
        message: next.recoveryId
          ? 'Recovered the draft. It is not saved yet: save it to keep it.'
          : next.copiedFrom
            ? `Opened a copy of “${next.copiedFrom}”: a dropped story not yet on the recent list cannot be saved in place, so Save asks where (choose the same file to replace it), or use File ▸ Open….`
            : `Imported “${next.importedFrom}” as a new draft. Lines that are not story text are flagged in Review.${next.importNotice ? ` ${next.importNotice}` : ''}`
      })
    } catch (error) {
      setNotice({ kind: 'error', message: (error as Error).message })
    } finally {
      setActivity(null)
    }
  }

  /** Runs an action on the valid article, reporting success or failure in the notice bar. */
  const sendDocument = async (action: string, send: (document: ArticleDocument) => Promise<string | null>): Promise<void> => {
    const document = validDocument(action)
    if (!document) return
    try {
      const message = await send(document)
      if (message) setNotice({ kind: 'info', message })
    } catch (error) {
      setNotice({ kind: 'error', message: (error as Error).message })
    }
  }

  const newDocument = async (): Promise<void> => {
    if (await settleUnsavedChanges()) load(newArticle({ byline: authorName ? [authorName] : [] }), null)
  }

  const commands = {
    newDocument,
    open: (): Promise<void> => replaceWith(() => copydesk.article.open()),
    /** Imports a file as a new untitled draft; the file itself is never touched. */
    importDraft: (): Promise<void> =>
      replaceWith(async () => {
        const imported = await copydesk.article.import()
        const chosen = imported && (await chooseImported(imported.name, imported))
        return chosen && { document: chosen.document, path: null, importedFrom: imported.name, importNotice: chosen.notice }
      }),
    /**
     * A file dropped on the window: a story (.copydesk) opens — in place when it is one on the recent list, else as
     * an unsaved copy; any other file becomes a new untitled draft, like File ▸ Import.
     */
    importDropped: (file: File): Promise<void> =>
      replaceWith(async () => {
        const imported = await copydesk.article.importDropped({ name: file.name, base64: await toBase64(file) })
        if (imported.path) return { document: imported.document, path: imported.path }
        if (file.name.toLowerCase().endsWith(`.${FILE_EXTENSION}`)) return { document: imported.document, path: null, copiedFrom: file.name }
        const chosen = await chooseImported(file.name, imported)
        return chosen && { document: chosen.document, path: null, importedFrom: file.name, importNotice: chosen.notice }
      }),
    /** Reopens a draft a crash left behind; it stays unsaved, and its recovery copy is kept until it is saved. */
    restoreRecovered: (id: string): Promise<void> =>
      replaceWith(async () => ({ ...(await copydesk.recovery.restore({ id })), recoveryId: id })),
    /** Opens a story from the recent list (the start screen, File ▸ Open Recent, or one the system handed over). */
    openRecent: (path: string): Promise<void> =>
      replaceWith(async () => {
        try {
          return await copydesk.recent.open({ path })
        } catch (error) {
          // A story that moved or cannot be read: say so, and offer to take it off the list.
          const forget = (): void => void copydesk.recent.forget({ path }).then(() => setNotice(null), () => undefined)
          setNotice({ kind: 'error', message: (error as Error).message, action: { label: 'Remove from list', run: forget } })
          return null
        }
      }),
    save,
    /** Closes the document; the window stays, with the start screen. */
    close: async (): Promise<void> => {
      if (await settleUnsavedChanges()) load(newArticle({ byline: authorName ? [authorName] : [] }), null, undefined, true)
    },
    closeWindow: async (): Promise<void> => {
      if (!(await settleUnsavedChanges())) return
      await copydesk.recovery.discard({ id: sessionRef.current.recoveryId }).catch(() => undefined)
      await copydesk.window.closeConfirmed()
    },
    exportAs: (format: ExportFormat, attribution: boolean): Promise<void> =>
      sendDocument('exported', async (document) => {
        const result = await copydesk.article.export({ document, format, attribution })
        return result && `Exported to ${fileNameOf(result.path)}.`
      }),
    /** The attribution report for the standards desk, written where the user chooses. */
    reportAs: (format: ReportFormat): Promise<void> =>
      sendDocument('reported', async (document) => {
        const result = await copydesk.article.report({ document, format })
        return result && `Wrote the attribution report to ${fileNameOf(result.path)}.`
      }),
    /** The system's print dialog, for the story as a reader sees it (the print stylesheet in app.css). */
    print: (): Promise<void> => copydesk.article.print().catch((error: Error) => setNotice({ kind: 'error', message: error.message })),
    /** The same page as a PDF, with the slug and page numbers in its footer. */
    savePdf: (): Promise<void> =>
      sendDocument('saved as PDF', async (document) => {
        const name = document.meta.slug || slugify(document.meta.headline)
        const result = await copydesk.article.savePdf({ slug: document.meta.slug, name })
        return result && `Saved the story as ${fileNameOf(result.path)}.`
      }),
    copyHtml: (): Promise<void> =>
      sendDocument('copied', async (document) => {
        await copydesk.clipboard.copyArticle({ document, attribution: true })
        return 'Copied the story as HTML (and as plain text for other apps).'
      })
  }
  const stable = useLatest(commands)
  useEffect(() => copydesk.on.closeRequested(() => void stable.closeWindow()), [stable])
  return { notice, setNotice, activity, commands: stable, pageImport }
}

/** A stable object whose functions always call the latest version of `functions`' own. */
function useLatest<T extends Record<string, (...args: never[]) => unknown>>(functions: T): T {
  const latest = useRef(functions)
  latest.current = functions
  return useMemo(
    () =>
      Object.fromEntries(
        Object.keys(latest.current).map((name) => [name, (...args: never[]) => (latest.current[name] as (...args: never[]) => unknown)(...args)])
      ) as T,
    []
  )
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
