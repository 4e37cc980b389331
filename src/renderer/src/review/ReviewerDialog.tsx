import { useState } from 'react'
import { FormDialog } from '../components/FormDialog'

interface Props {
  onName: (name: string) => void
  onClose: () => void
}

/** Asked the first time someone reviews: every status, note and sign-off is logged under this name (kept in Settings). */
export function ReviewerDialog({ onName, onClose }: Props): React.JSX.Element {
  const [name, setName] = useState('')
  return (
    <FormDialog
      title="Who is reviewing?"
      titleId="reviewer-title"
      submitLabel="Continue"
      onSubmit={() => {
        if (!name.trim()) return
        onName(name.trim())
        onClose()
      }}
      onClose={onClose}
    >
      <p className="field-hint">Each status you set and each sign-off is logged in the story with your name and the time. You can change it later in Settings (Author name).</p>
      <label>
        Your name
        <input value={name} maxLength={200} required autoFocus onChange={(event) => setName(event.target.value)} />
      </label>
    </FormDialog>
  )
}
