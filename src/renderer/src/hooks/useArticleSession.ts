import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { articleDocumentSchema, newArticle, type ArticleDocument } from '../../../shared/article/document'
import { META_LABELS, type ArticleMeta } from '../../../shared/article/meta'
import type { Body } from '../../../shared/article/body'
import { newId, type Source } from '../../../shared/article/sources'
import type { ExportFormat } from '../../../shared/export'
import { copydesk } from '../api'
import { afterEdits } from './afterEdits'

export interface Notice {
  kind: 'error' | 'info'
  message: string
  /** A way out offered beside the message ("Save As…" after a failed save). */
  action?: { label: string; run: () => void }
}

interface SessionState {
  /** Changes whenever a different document is loaded; the editor is re-created for it. */
  id: number
  path: string | null
  initialBody: Body
  meta: ArticleMeta
  sources: Source[]
  /** Counts edits; the document is dirty while it differs from the revision last saved. */
  revision: number
  savedRevision: number
  /** Names this draft's crash-recovery copy in main. */
  recoveryId: string
}

/** How long after the last edit the crash-recovery copy is written: a crash loses at most this much typing. */
export const RECOVERY_DELAY_MS = 1000

export type Activity = 'opening' | 'saving' | null

export function fileNameOf(path: string | null): string {
  return path === null ? 'Untitled' : (path.split(/[\\/]/).pop() ?? path)
}

/** What a recovery copy checks before it is written: the fields a user types into, not the body. */
const recoveryFieldsSchema = articleDocumentSchema.pick({ meta: true, sources: true })

/**
 * The open article and everything done to it as a whole: new, open, save, save as, close, with the
 * unsaved-changes question before anything that would discard edits. Saves run one after another.
 */
export function useArticleSession(authorName: string) {
  const [session, setSession] = useState<SessionState>(() => stateFor(newArticle(), null, 0))
  const [notice, setNotice] = useState<Notice | null>(null)
  const [activity, setActivity] = useState<Activity>(null)
  const sessionRef = useRef(session)
  sessionRef.current = session
  const editorRef = useRef<Editor | null>(null)
  const saveQueue = useRef<Promise<unknown>>(Promise.resolve())

  // Typing in the body must not re-render React on every keystroke: React's commit measures the selection of
  // the focused contenteditable by walking the whole story (seen as the top cost when profiling a 50,000-word
  // story). Body edits are counted in refs; React hears only when the story turns dirty or clean.
  const bodyEdits = useRef(0)
  const savedBodyEdits = useRef(0)
  const [bodyDirty, setBodyDirty] = useState(false)
  const editListeners = useRef(new Set<() => void>())
  /** Runs `listener` after every edit (body, metadata or sources); returns the unsubscribe function. */
  const onEdit = useCallback((listener: () => void) => {
    editListeners.current.add(listener)
    return () => void editListeners.current.delete(listener)
  }, [])
  const edited = (): void => editListeners.current.forEach((listener) => listener())

  const dirty = session.revision !== session.savedRevision || bodyDirty
  const dirtyRef = useRef(dirty)
  dirtyRef.current = dirty

  const load = useCallback((document: ArticleDocument, path: string | null, recoveryId?: string) => {
    // The draft being replaced was saved or deliberately discarded: its recovery copy is no longer needed.
    const previous = sessionRef.current.recoveryId
    if (previous !== recoveryId) void copydesk.recovery.discard({ id: previous }).catch(() => undefined)
    bodyEdits.current = 0
    savedBodyEdits.current = 0
    setBodyDirty(false)
    // A transition lets React build a long story's editor and panels in several tasks instead of one that
    // freezes the window.
    startTransition(() => setSession((state) => stateFor(document, path, state.id + 1, recoveryId)))
  }, [])

  const markChanged = useCallback(() => {
    bodyEdits.current++
    setBodyDirty(true)
    edited()
  }, [])
  const setMeta = useCallback((meta: ArticleMeta) => {
    setSession((s) => ({ ...s, meta, revision: s.revision + 1 }))
    edited()
  }, [])
  const setSources = useCallback((update: (sources: Source[]) => Source[]) => {
    setSession((s) => ({ ...s, sources: update(s.sources), revision: s.revision + 1 }))
    edited()
  }, [])
  const setEditor = useCallback((editor: Editor | null) => {
    editorRef.current = editor
  }, [])

  const currentDocumentRef = useRef<() => ArticleDocument>(() => newArticle())
  const currentDocument = (): ArticleDocument => ({
    ...newArticle(),
    meta: { ...sessionRef.current.meta, byline: sessionRef.current.meta.byline.map((name) => name.trim()).filter(Boolean) },
    sources: sessionRef.current.sources,
    body: (editorRef.current?.getJSON() as Body | undefined) ?? sessionRef.current.initialBody
  })

  currentDocumentRef.current = currentDocument

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
    const snapshot = sessionRef.current
    const bodyAtSave = bodyEdits.current
    const document = validDocument('saved')
    if (!document) return false
    setActivity('saving')
    try {
      const result = await copydesk.article.save({ document, path: snapshot.path, saveAs })
      if (!result) return false
      if (sessionRef.current.id === snapshot.id) {
        savedBodyEdits.current = bodyAtSave
        setBodyDirty(bodyEdits.current !== bodyAtSave)
      }
      setSession((s) => (s.id === snapshot.id ? { ...s, path: result.path, savedRevision: snapshot.revision } : s))
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

  const newDocument = async (): Promise<void> => {
    if (await settleUnsavedChanges()) load(newArticle({ byline: authorName ? [authorName] : [] }), null)
  }

  /**
   * Replaces the document with one fetched from main (opened or imported), after the unsaved-changes question.
   * `fetch` answers null when the user cancels. An imported draft has no file and counts as unsaved.
   */
  const replaceWith = async (
    fetch: () => Promise<{ document: ArticleDocument; path: string | null; importedFrom?: string; importNotice?: string | null; recoveryId?: string } | null>
  ): Promise<void> => {
    if (!(await settleUnsavedChanges())) return
    setActivity('opening')
    try {
      const next = await fetch()
      if (!next) return
      load(next.document, next.path, next.recoveryId)
      if (next.importedFrom === undefined && next.recoveryId === undefined) return setNotice(null)
      // Imported and recovered drafts are not saved anywhere yet.
      setSession((s) => ({ ...s, revision: s.revision + 1 }))
      setNotice({
        kind: 'info',
        message: next.recoveryId
          ? 'Recovered the draft. It is not saved yet: save it to keep it.'
          : `Imported “${next.importedFrom}” as a new draft. Lines that are not story text are flagged in Review.${next.importNotice ? ` ${next.importNotice}` : ''}`
      })
    } catch (error) {
      setNotice({ kind: 'error', message: (error as Error).message })
    } finally {
      setActivity(null)
    }
  }

  const open = (): Promise<void> => replaceWith(() => copydesk.article.open())

  /** Imports a file as a new untitled draft; the file itself is never touched. */
  const importDraft = (): Promise<void> =>
    replaceWith(async () => {
      const imported = await copydesk.article.import()
      return imported && { document: imported.document, path: null, importedFrom: imported.name, importNotice: imported.notice }
    })

  /** A file dropped on the window becomes a new untitled draft, like File ▸ Import. */
  const importDropped = (file: File): Promise<void> =>
    replaceWith(async () => {
      const imported = await copydesk.article.importDropped({ name: file.name, base64: await toBase64(file) })
      return { document: imported.document, path: null, importedFrom: file.name, importNotice: imported.notice }
    })

  /** Closes the document; the window stays, with a blank draft. */
  const close = newDocument

  const exportAs = async (format: ExportFormat, attribution: boolean): Promise<void> => {
    const document = validDocument('exported')
    if (!document) return
    try {
      const result = await copydesk.article.export({ document, format, attribution })
      if (result) setNotice({ kind: 'info', message: `Exported to ${fileNameOf(result.path)}.` })
    } catch (error) {
      setNotice({ kind: 'error', message: (error as Error).message })
    }
  }

  const copyHtml = async (): Promise<void> => {
    const document = validDocument('copied')
    if (!document) return
    try {
      await copydesk.clipboard.copyArticle({ document, attribution: true })
      setNotice({ kind: 'info', message: 'Copied the story as HTML (and as plain text for other apps).' })
    } catch (error) {
      setNotice({ kind: 'error', message: (error as Error).message })
    }
  }

  const closeWindow = async (): Promise<void> => {
    if (!(await settleUnsavedChanges())) return
    await copydesk.recovery.discard({ id: sessionRef.current.recoveryId }).catch(() => undefined)
    await copydesk.window.closeConfirmed()
  }

  /** Reopens a draft a crash left behind; it stays unsaved, and its recovery copy is kept until it is saved. */
  const restoreRecovered = (id: string): Promise<void> =>
    replaceWith(async () => {
      const restored = await copydesk.recovery.restore({ id })
      return { ...restored, recoveryId: id }
    })

  const commands = { newDocument, open, importDraft, importDropped, restoreRecovered, save, close, closeWindow, exportAs, copyHtml }
  const commandsRef = useRef(commands)
  commandsRef.current = commands

  useEffect(() => copydesk.on.closeRequested(() => void commandsRef.current.closeWindow()), [])

  // Crash recovery: a second after the last edit, and every second while typing goes on, a copy of the unsaved
  // draft goes to main, so a crash loses at most about a second of typing; once the draft is saved, the copy
  // is removed.
  useEffect(() => {
    const { recoveryId } = sessionRef.current
    if (!dirty) {
      void copydesk.recovery.discard({ id: recoveryId }).catch(() => undefined)
      return
    }
    const write = (): void => {
      const document = currentDocumentRef.current()
      // A half-typed field (a word target of "4o") waits for the next copy. Only the fields are checked here:
      // the body comes from an editor whose schema is the file format's, and main checks everything again;
      // checking 50,000 words here would cost a visible pause a second after every burst of typing.
      const fields = recoveryFieldsSchema.safeParse({ meta: document.meta, sources: document.sources })
      const { path } = sessionRef.current
      if (fields.success) void copydesk.recovery.write({ id: recoveryId, path, document: { ...document, ...fields.data } }).catch((error: Error) => console.error('[recovery]', error.message))
    }
    return afterEdits(onEdit, RECOVERY_DELAY_MS, write, RECOVERY_DELAY_MS)
  }, [dirty, session.recoveryId, onEdit])

  return {
    session,
    dirty,
    notice,
    activity,
    fileName: fileNameOf(session.path),
    setNotice,
    load,
    markChanged,
    setMeta,
    setSources,
    setEditor,
    onEdit,
    /** Stable wrappers that always run the latest command. */
    commands: useMemo(
      () => ({
        newDocument: () => commandsRef.current.newDocument(),
        open: () => commandsRef.current.open(),
        importDraft: () => commandsRef.current.importDraft(),
        importDropped: (file: File) => commandsRef.current.importDropped(file),
        restoreRecovered: (id: string) => commandsRef.current.restoreRecovered(id),
        save: (saveAs = false) => commandsRef.current.save(saveAs),
        exportAs: (format: ExportFormat, attribution: boolean) => commandsRef.current.exportAs(format, attribution),
        copyHtml: () => commandsRef.current.copyHtml(),
        close: () => commandsRef.current.close()
      }),
      []
    )
  }
}

function stateFor(document: ArticleDocument, path: string | null, id: number, recoveryId = newId('r')): SessionState {
  return { id, path, initialBody: document.body, meta: document.meta, sources: document.sources, revision: 0, savedRevision: 0, recoveryId }
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
