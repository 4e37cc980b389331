import { startTransition, useCallback, useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { newArticle, type ArticleDocument } from '../../../shared/article/document'
import { sameMeta, type ArticleMeta } from '../../../shared/article/meta'
import type { Body } from '../../../shared/article/body'
import type { Review } from '../../../shared/article/review'
import { rememberSentPost, type SentPost } from '../../../shared/article/sentPosts'
import { newId, type Source } from '../../../shared/article/sources'
import { copydesk } from '../api'
import { assignSourceColours } from '../editor/sourceColours'

export interface SessionState {
  /** Changes whenever a different document is loaded; the editor is re-created for it. */
  id: number
  path: string | null
  initialBody: Body
  meta: ArticleMeta
  sources: Source[]
  /** The editor's review: statuses, provenance, log, sign-off (kept as loaded until review mode changes it). */
  review: Review
  /** The CMS posts the story was sent to (kept as loaded, so that a save keeps what the CLI recorded). */
  sentTo: SentPost[]
  /** Counts metadata and source edits; body edits are counted in refs (see below). */
  revision: number
  savedRevision: number
  /** Names this draft's crash-recovery copy in main. */
  recoveryId: string
  /** No story is open: the start screen shows (recent stories, New, Open, Import) instead of the editor. */
  start: boolean
}

export function fileNameOf(path: string | null): string {
  return path === null ? 'Untitled' : (path.split(/[\\/]/).pop() ?? path)
}

/**
 * The open article as data: what was loaded, what has been edited since, whether it differs from what was
 * saved, and the document as it stands now. File commands and recovery copies build on it.
 */
export function useDocumentState() {
  // Until start-up says what to show (a story, the sample, or the start screen), no editor is built.
  const [session, setSession] = useState<SessionState>(() => ({ ...stateFor(newArticle(), null, 0), start: true }))
  const sessionRef = useRef(session)
  sessionRef.current = session
  const editorRef = useRef<Editor | null>(null)

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

  const load = useCallback((document: ArticleDocument, path: string | null, recoveryId?: string, start = false) => {
    // The draft being replaced was saved or deliberately discarded: its recovery copy is no longer needed.
    const previous = sessionRef.current.recoveryId
    if (previous !== recoveryId) void copydesk.recovery.discard({ id: previous }).catch(() => undefined)
    assignSourceColours(document.body, document.sources)
    bodyEdits.current = 0
    savedBodyEdits.current = 0
    setBodyDirty(false)
    // A transition lets React build a long story's editor and panels in several tasks instead of one that
    // freezes the window.
    startTransition(() => setSession((state) => ({ ...stateFor(document, path, state.id + 1, recoveryId), start })))
  }, [])

  const markChanged = useCallback(() => {
    bodyEdits.current++
    setBodyDirty(true)
    edited()
  }, [])
  const setMeta = useCallback((meta: ArticleMeta) => {
    // Only a real change is an edit: tabbing through the fields, or leaving the slug as it was, is reading.
    if (sameMeta(sessionRef.current.meta, meta)) return
    setSession((s) => ({ ...s, meta, revision: s.revision + 1 }))
    edited()
  }, [])
  const setSources = useCallback((update: (sources: Source[]) => Source[]) => {
    setSession((s) => ({ ...s, sources: update(s.sources), revision: s.revision + 1 }))
    edited()
  }, [])
  /** A change to the review: a status, a note, a sign-off, or what an edit reopened. */
  const setReview = useCallback((review: Review) => {
    setSession((s) => ({ ...s, review, revision: s.revision + 1 }))
  }, [])
  /** The story was sent to a CMS post: remembered (a change to save) so that the next send updates that post. */
  const rememberSent = useCallback((post: SentPost) => {
    setSession((s) => ({ ...s, sentTo: rememberSentPost(s.sentTo, post), revision: s.revision + 1 }))
  }, [])
  const setEditor = useCallback((editor: Editor | null) => {
    editorRef.current = editor
  }, [])
  /** An imported or recovered draft is not saved anywhere yet. */
  const markUnsaved = useCallback(() => setSession((s) => ({ ...s, revision: s.revision + 1 })), [])

  /** The article as it stands: metadata, sources, review and sent posts from state, the body from the editor. */
  const currentDocument = useCallback(
    (): ArticleDocument => ({
      ...newArticle(),
      meta: { ...sessionRef.current.meta, byline: sessionRef.current.meta.byline.map((name) => name.trim()).filter(Boolean) },
      sources: sessionRef.current.sources,
      review: sessionRef.current.review,
      sentTo: sessionRef.current.sentTo,
      body: (editorRef.current?.getJSON() as Body | undefined) ?? sessionRef.current.initialBody
    }),
    []
  )

  /** Call before saving: answers a function that marks what was saved as clean once the save succeeded. */
  const beginSave = useCallback(() => {
    const snapshot = sessionRef.current
    const bodyAtSave = bodyEdits.current
    return (path: string): void => {
      if (sessionRef.current.id === snapshot.id) {
        savedBodyEdits.current = bodyAtSave
        setBodyDirty(bodyEdits.current !== bodyAtSave)
      }
      setSession((s) => (s.id === snapshot.id ? { ...s, path, savedRevision: snapshot.revision } : s))
    }
  }, [])

  return { session, sessionRef, dirty, dirtyRef, onEdit, load, markChanged, setMeta, setSources, setReview, rememberSent, setEditor, markUnsaved, currentDocument, beginSave }
}

export type DocumentState = ReturnType<typeof useDocumentState>

function stateFor(document: ArticleDocument, path: string | null, id: number, recoveryId = newId('r')): SessionState {
  return { id, path, initialBody: document.body, meta: document.meta, sources: document.sources, review: document.review, sentTo: document.sentTo, revision: 0, savedRevision: 0, recoveryId, start: false }
}
