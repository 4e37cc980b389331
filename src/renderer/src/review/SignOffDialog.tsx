import { useState } from 'react'
import { FormDialog } from '../components/FormDialog'

interface Props {
  /** "14 quotes: 9 verified, …", shown so the editor signs off knowing what is open. */
  summary: string
  /** "2 quotes not verified and 1 open note", or '' when nothing is open. */
  open: string
  onSignOff: (comment: string) => void
  onClose: () => void
}

/** Review ▸ Sign Off…: the editor approves the story, with an optional comment. */
export function SignOffDialog({ summary, open, onSignOff, onClose }: Props): React.JSX.Element {
  const [comment, setComment] = useState('')
  return (
    <FormDialog
      title="Sign off this story"
      titleId="sign-off-title"
      submitLabel="Approve story"
      onSubmit={() => {
        onSignOff(comment.trim())
        onClose()
      }}
      onClose={onClose}
    >
      <p>{summary}.</p>
      {open && (
        <p className="field-hint" role="note">
          Still open: {open}. Signing off approves the story as it is; any later change to a
          quote, an attribution or a source reopens it.
        </p>
      )}
      <label>
        Comment (optional)
        <textarea value={comment} maxLength={2000} rows={3} onChange={(event) => setComment(event.target.value)} />
      </label>
    </FormDialog>
  )
}
