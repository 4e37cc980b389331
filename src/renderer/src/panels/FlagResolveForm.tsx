import { useState } from 'react'

interface Props {
  onResolve: (reason: string) => void
  onCancel: () => void
}

/** Resolving a flag: an optional reason ("named in the next paragraph"), kept with the story's review. */
export function FlagResolveForm({ onResolve, onCancel }: Props): React.JSX.Element {
  const [reason, setReason] = useState('')
  return (
    <form
      className="flag-resolve"
      onSubmit={(event) => {
        event.preventDefault()
        onResolve(reason)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onCancel()
        }
      }}
    >
      <input aria-label="Why it needs nothing more (optional)" placeholder="Why (optional)" value={reason} maxLength={2000} autoFocus onChange={(event) => setReason(event.target.value)} />
      <button type="submit">Resolve</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}
