import { useRef, type ReactNode } from 'react'
import { useModalDialog } from '../hooks/useModalDialog'

interface Props {
  /** The heading, which also names the dialog for assistive technology. */
  title: string
  titleId: string
  /** The primary button's label: "Export…", "Approve story". */
  submitLabel: string
  onSubmit: () => void
  onClose: () => void
  /** Another way to finish, beside the primary button ("Copy as HTML" beside "Export…"). */
  secondary?: { label: string; run: () => void }
  /** A class beside settings-dialog, for a dialog that needs more room. */
  className?: string
  children: ReactNode
}

/** A modal form: a heading, the fields, then Cancel and the primary button. Escape or Cancel closes it. */
export function FormDialog({ title, titleId, submitLabel, onSubmit, onClose, secondary, className, children }: Props): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null)
  useModalDialog(dialog)
  return (
    <dialog ref={dialog} className={className ? `settings-dialog ${className}` : 'settings-dialog'} aria-labelledby={titleId} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit()
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          {secondary && (
            <button type="button" onClick={secondary.run}>
              {secondary.label}
            </button>
          )}
          <button type="submit" className="primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  )
}
