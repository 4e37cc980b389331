import { useState } from 'react'
import { RECORD_STATUSES, SOURCE_KINDS, STATUS_LABELS, type Source } from '../../../shared/article/sources'
import { sourceColourClass } from '../editor/sourceColours'
import type { SourceActions } from '../sources/useSourceActions'

interface Props {
  sources: Source[]
  quoteCounts: Map<string, number>
  highlighted: string | null
  onHighlight: (sourceId: string | null) => void
  onChange: (source: Source) => void
  actions: SourceActions
}

/** The article's sources: colour, quote count, an editor for each one's details, Merge and Delete. */
export function SourcesPanel({ sources, quoteCounts, highlighted, onHighlight, onChange, actions }: Props): React.JSX.Element {
  const [editing, setEditing] = useState<string | null>(null)
  const [merging, setMerging] = useState<string | null>(null)
  if (sources.length === 0) return <p className="panel-empty">No sources yet. Mark a quote (Ctrl+Shift+Q) or accept a suggestion.</p>
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id} className={highlighted === source.id ? 'highlighted' : undefined}>
          <button type="button" className="source-row" aria-pressed={highlighted === source.id} onClick={() => onHighlight(highlighted === source.id ? null : source.id)}>
            <span className={`swatch ${sourceColourClass(source.id)}`} aria-hidden="true" />
            <span className="source-name">{source.name}</span>
            <span className="source-count" title="Quotes">
              {quoteCounts.get(source.id) ?? 0}
            </span>
          </button>
          <div className="source-meta">
            {[source.role, STATUS_LABELS[source.status]].filter(Boolean).join(' · ')}
            <span className="source-actions">
              <button type="button" className="link-button" aria-label={`${editing === source.id ? 'Done editing' : 'Edit'} ${source.name}`} onClick={() => setEditing(editing === source.id ? null : source.id)}>
                {editing === source.id ? 'Done' : 'Edit'}
              </button>
              {sources.length > 1 && (
                <button type="button" className="link-button" aria-label={`Merge ${source.name} into another source`} onClick={() => setMerging(merging === source.id ? null : source.id)}>
                  Merge…
                </button>
              )}
              <button type="button" className="link-button" aria-label={`Delete ${source.name}`} onClick={() => actions.remove(source)}>
                Delete
              </button>
            </span>
          </div>
          {merging === source.id && (
            <MergeForm
              source={source}
              others={sources.filter((s) => s.id !== source.id)}
              onMerge={(kept) => {
                setMerging(null)
                actions.merge(source, kept)
              }}
              onCancel={() => setMerging(null)}
            />
          )}
          {editing === source.id && <SourceForm source={source} onChange={onChange} />}
        </li>
      ))}
    </ul>
  )
}

function SourceForm({ source, onChange }: { source: Source; onChange: (source: Source) => void }): React.JSX.Element {
  const set = <K extends keyof Source>(key: K, value: Source[K]): void => onChange({ ...source, [key]: value })
  return (
    <div className="source-form">
      <label>
        Name
        <input value={source.name} onChange={(e) => set('name', e.target.value)} />
      </label>
      <label>
        Kind
        <select value={source.kind} onChange={(e) => set('kind', e.target.value as Source['kind'])}>
          {SOURCE_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label>
        Role or title
        <input value={source.role} onChange={(e) => set('role', e.target.value)} />
      </label>
      <label>
        Organisation
        <input value={source.organisation} onChange={(e) => set('organisation', e.target.value)} />
      </label>
      <label>
        Status
        <select value={source.status} onChange={(e) => set('status', e.target.value as Source['status'])}>
          {RECORD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Also called (comma-separated)
        <input value={source.aliases.join(', ')} onChange={(e) => set('aliases', e.target.value.split(',').map((a) => a.trim()).filter(Boolean))} />
      </label>
      <label>
        Contact notes (private, never exported)
        <textarea rows={2} value={source.contactNotes} onChange={(e) => set('contactNotes', e.target.value)} />
      </label>
    </div>
  )
}

/** Merge: the source this one is the same as ("introduced twice"); its quotes move there, its name becomes an alias. */
function MergeForm({ source, others, onMerge, onCancel }: { source: Source; others: Source[]; onMerge: (kept: Source) => void; onCancel: () => void }): React.JSX.Element {
  const [keptId, setKeptId] = useState(others[0]!.id)
  return (
    <form
      className="merge-form"
      onSubmit={(event) => {
        event.preventDefault()
        onMerge(others.find((s) => s.id === keptId)!)
      }}
    >
      <label>
        {source.name} is the same as
        <select value={keptId} autoFocus onChange={(event) => setKeptId(event.target.value)}>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
      </label>
      <div className="merge-buttons">
        <button type="submit">Merge</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
