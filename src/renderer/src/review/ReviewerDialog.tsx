import { useEffect, useRef, useState } from 'react'

interface Props {
  onName: (name: string) => void
  onClose: () => void
}

/** Asked the first time someone reviews: every status, note and sign-off is logged under this name (kept in Settings). */
export function ReviewerDialog({ onName, onClose }: Props): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState('')
  useEffect(() => dialog.current?.showModal(), [])
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="reviewer-title" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (!name.trim()) return
          onName(name.trim())
          onClose()
        }}
      >
        <h2 id="reviewer-title">Who is reviewing?</h2>
        <p className="field-hint">Each status you set and each sign-off is logged in the story with your name and the time. You can change it later in Settings (Author name).</p>
        <label>
          Your name
          <input value={name} maxLength={200} required autoFocus onChange={(event) => setName(event.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Continue
          </button>
        </div>
      </form>
    </dialog>
  )
}
