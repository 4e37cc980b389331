import { useState } from 'react'
import { FormDialog } from '../components/FormDialog'

interface Props {
  /** The selected words the note is about, as they read. */
  words: string
  onAdd: (text: string) => void
  onClose: () => void
}

/** Review ▸ Add Note…: a private note on the selected words. */
export function NoteDialog({ words, onAdd, onClose }: Props): React.JSX.Element {
  const [text, setText] = useState('')
  const [missing, setMissing] = useState(false)
  return (
    <FormDialog
      title="Add a private note"
      titleId="note-title"
      submitLabel="Add note"
      onSubmit={() => {
        if (!text.trim()) return setMissing(true)
        onAdd(text)
        onClose()
      }}
      onClose={onClose}
    >
      <p className="note-words">On: “{words.length > 120 ? `${words.slice(0, 117)}…` : words}”</p>
      <label>
        Note
        <textarea value={text} autoFocus rows={4} maxLength={5000} aria-invalid={missing} onChange={(event) => setText(event.target.value)} />
      </label>
      {missing && (
        <span className="field-error" role="alert">
          Write the note first.
        </span>
      )}
      <p className="field-hint">Only the newsroom sees it: no export, copy or clipboard carries a note.</p>
    </FormDialog>
  )
}
