import { useEffect, useRef, useState } from 'react'

interface Props {
  /** "14 quotes: 9 verified, …", shown so the editor signs off knowing what is open. */
  summary: string
  openCount: number
  onSignOff: (comment: string) => void
  onClose: () => void
}

/** Review ▸ Sign Off…: the editor approves the story, with an optional comment. */
export function SignOffDialog({ summary, openCount, onSignOff, onClose }: Props): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null)
  const [comment, setComment] = useState('')
  useEffect(() => dialog.current?.showModal(), [])
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="sign-off-title" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          onSignOff(comment.trim())
          onClose()
        }}
      >
        <h2 id="sign-off-title">Sign off this story</h2>
        <p>{summary}.</p>
        {openCount > 0 && (
          <p className="field-hint" role="note">
            {openCount === 1 ? 'One quote is' : `${openCount} quotes are`} not verified. Signing off approves the story as it is; any later change to a
            quote, an attribution or a source reopens it.
          </p>
        )}
        <label>
          Comment (optional)
          <textarea value={comment} maxLength={2000} rows={3} onChange={(event) => setComment(event.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Approve story
          </button>
        </div>
      </form>
    </dialog>
  )
}
