import { useEffect } from 'react'
import { articleDocumentSchema } from '../../../shared/article/document'
import { copydesk } from '../api'
import { afterEdits } from './afterEdits'
import type { DocumentState } from './useDocumentState'

/** How long after the last edit the crash-recovery copy is written: a crash loses at most this much typing. */
export const RECOVERY_DELAY_MS = 1000

/** What a recovery copy checks before it is written: the fields a user types into, not the body. */
const recoveryFieldsSchema = articleDocumentSchema.pick({ meta: true, sources: true })

/**
 * Crash recovery: a second after the last edit, and every second while typing goes on, a copy of the unsaved
 * draft goes to main, so a crash loses at most about a second of typing; once the draft is saved, the copy
 * is removed.
 */
export function useRecoveryCopies({ dirty, session, sessionRef, onEdit, currentDocument }: DocumentState): void {
  useEffect(() => {
    const { recoveryId } = sessionRef.current
    if (!dirty) {
      void copydesk.recovery.discard({ id: recoveryId }).catch(() => undefined)
      return
    }
    const write = (): void => {
      const document = currentDocument()
      // A half-typed field (a word target of "4o") waits for the next copy. Only the fields are checked here:
      // the body comes from an editor whose schema is the file format's, and main checks everything again;
      // checking 50,000 words here would cost a visible pause a second after every burst of typing.
      const fields = recoveryFieldsSchema.safeParse({ meta: document.meta, sources: document.sources })
      const { path } = sessionRef.current
      if (fields.success) void copydesk.recovery.write({ id: recoveryId, path, document: { ...document, ...fields.data } }).catch((error: Error) => console.error('[recovery]', error.message))
    }
    return afterEdits(onEdit, RECOVERY_DELAY_MS, write, RECOVERY_DELAY_MS)
  }, [dirty, session.recoveryId, sessionRef, onEdit, currentDocument])
}
