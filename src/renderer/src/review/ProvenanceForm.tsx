import { useState } from 'react'
import { INTERVIEW_MEDIA, PROVENANCE_KINDS, PROVENANCE_LABELS, provenanceSchema, type Provenance } from '../../../shared/article/review'
import type { Source } from '../../../shared/article/sources'
import { MEDIUM_LABELS } from '../../../shared/review/provenance'

interface Props {
  provenance: Provenance | null
  /** Who the quote is attributed to: a publication (the analysis's second-hand quote) starts as "Another outlet". */
  speaker?: Source
  onSave: (provenance: Provenance | null) => void
  onCancel: () => void
}

const blank = (kind: Provenance['kind']): Provenance => ({ kind, date: null, medium: null, file: '', timestamp: '', reference: '', detail: '' })

/** Where a quote came from, as the reporter records it: the fields each kind of source needs. */
export function ProvenanceForm({ provenance, speaker, onSave, onCancel }: Props): React.JSX.Element {
  const [draft, setDraft] = useState<Provenance>(
    () => provenance ?? (speaker?.kind === 'publication' ? { ...blank('other-outlet'), reference: speaker.name } : blank('interview'))
  )
  const [error, setError] = useState('')
  const set = (change: Partial<Provenance>): void => setDraft({ ...draft, ...change })
  return (
    <form
      className="provenance-form"
      aria-label="Where this quote came from"
      onSubmit={(event) => {
        event.preventDefault()
        const parsed = provenanceSchema.safeParse(draft)
        if (parsed.success) onSave(parsed.data)
        else setError(parsed.error.issues[0]?.message ?? 'Check the fields.')
      }}
    >
      <label>
        Came from
        <select value={draft.kind} onChange={(event) => setDraft({ ...blank(event.target.value as Provenance['kind']), detail: draft.detail })}>
          {PROVENANCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PROVENANCE_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      {draft.kind === 'interview' && (
        <>
          <label>
            Date
            <input type="date" value={draft.date ?? ''} onChange={(event) => set({ date: event.target.value || null })} />
          </label>
          <label>
            How
            <select value={draft.medium ?? ''} onChange={(event) => set({ medium: (event.target.value || null) as Provenance['medium'] })}>
              <option value="">Not recorded</option>
              {INTERVIEW_MEDIA.map((medium) => (
                <option key={medium} value={medium}>
                  {MEDIUM_LABELS[medium]}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {draft.kind === 'recording' && (
        <>
          <label>
            Recording file
            <input value={draft.file} maxLength={500} onChange={(event) => set({ file: event.target.value })} />
          </label>
          <label>
            At (timestamp)
            <input value={draft.timestamp} maxLength={50} placeholder="00:14:32" onChange={(event) => set({ timestamp: event.target.value })} />
          </label>
        </>
      )}
      {draft.kind !== 'interview' && draft.kind !== 'recording' && (
        <label>
          {draft.kind === 'other-outlet' ? 'Outlet (and the story’s address)' : 'Title or address'}
          <input value={draft.reference} maxLength={2000} onChange={(event) => set({ reference: event.target.value })} />
        </label>
      )}
      <label>
        Detail
        <input value={draft.detail} maxLength={2000} onChange={(event) => set({ detail: event.target.value })} />
      </label>
      {error && <p role="alert">{error}</p>}
      <div className="dialog-buttons">
        {provenance && (
          <button type="button" onClick={() => onSave(null)}>
            Remove
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save
        </button>
      </div>
    </form>
  )
}
