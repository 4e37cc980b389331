import { useRef } from 'react'
import type { RecoveredDraft } from '../../../shared/recoveredDraft'
import { useModalDialog } from '../hooks/useModalDialog'

interface Props {
  drafts: RecoveredDraft[]
  onRestore: (id: string) => void
  onDiscard: (id: string) => void
  onClose: () => void
}

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** On start: drafts that were never saved because Copydesk stopped unexpectedly. */
export function RecoveryDialog({ drafts, onRestore, onDiscard, onClose }: Props): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null)
  useModalDialog(dialog)
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="recovery-title" onClose={onClose}>
      <form method="dialog">
        <h2 id="recovery-title">Recover unsaved drafts</h2>
        <p>Copydesk stopped before these drafts were saved. Restore one to keep working on it.</p>
        <ul className="recovery-list">
          {drafts.map((draft) => (
            <li key={draft.id}>
              <span className="recovery-title">{draft.title}</span>
              <span className="field-hint">
                {time.format(new Date(draft.savedAt))}
                {draft.path ? ` · ${draft.path.split(/[\\/]/).pop()}` : ' · never saved'}
              </span>
              <span className="recovery-actions">
                <button type="button" className="primary" onClick={() => onRestore(draft.id)}>
                  Restore
                </button>
                <button type="button" onClick={() => onDiscard(draft.id)}>
                  Discard
                </button>
              </span>
            </li>
          ))}
        </ul>
        <div className="dialog-buttons">
          <button type="submit">Later</button>
        </div>
      </form>
    </dialog>
  )
}
