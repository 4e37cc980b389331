import { useDocumentState, fileNameOf } from './useDocumentState'
import { useFileCommands } from './useFileCommands'
import { useRecoveryCopies } from './useRecoveryCopies'

/** The open article: its state, the file commands on it, and its crash-recovery copies. */
export function useArticleSession(authorName: string) {
  const state = useDocumentState()
  const files = useFileCommands(state, authorName)
  useRecoveryCopies(state)
  const { session, dirty, load, markChanged, setMeta, setSources, setReview, rememberSent, setEditor, onEdit, currentDocument } = state
  return { session, dirty, fileName: fileNameOf(session.path), load, markChanged, setMeta, setSources, setReview, rememberSent, setEditor, onEdit, currentDocument, ...files }
}
