import { useRef } from 'react'
import { describeOpenItem, openItemsSentence, type OpenItem } from '../../../shared/review/openItems'
import { useModalDialog } from '../hooks/useModalDialog'

interface Props {
  /** The quotes not verified and the notes not resolved. */
  items: OpenItem[]
  /** Settings ▸ "Never export or copy … with quotes not verified or notes not resolved": no way on but to close. */
  blocked: boolean
  /** "Export" or "Copy", for the button that goes on anyway. */
  action: string
  onProceed: () => void
  onClose: () => void
}

/** Before a story leaves for the CMS with its review unfinished: what is open, and (unless blocked) the choice to go on. */
export function ReviewGateDialog({ items, blocked, action, onProceed, onClose }: Props): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null)
  useModalDialog(dialog)
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="gate-title" onClose={onClose}>
      <h2 id="gate-title">{blocked ? 'The review is not finished' : 'Send a story whose review is not finished?'}</h2>
      <p>Still open: {openItemsSentence(items)}.</p>
      <ul className="gate-items" aria-label="Open items">
        {items.map((item) => (
          <li key={item.kind === 'quote' ? item.quoteId : item.noteId}>{describeOpenItem(item)}</li>
        ))}
      </ul>
      {blocked && <p className="field-hint">Settings say every quote must be verified and every note resolved before a story is exported or copied for the CMS.</p>}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} autoFocus>
          {blocked ? 'Close' : 'Cancel'}
        </button>
        {!blocked && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              onClose()
              onProceed()
            }}
          >
            {action} anyway
          </button>
        )}
      </div>
    </dialog>
  )
}
