import { useEffect, useRef } from 'react'
import { META_LABELS } from '../../../shared/article/meta'

interface Props {
  inputId: string
  authors: string[]
  error: string | undefined
  onChange: (authors: string[]) => void
}

/**
 * One input per author, in byline order. An empty byline still shows one input to type into; blank rows are
 * dropped when the article is saved.
 */
export function BylineField({ inputId, authors, error, onChange }: Props): React.JSX.Element {
  const rows = authors.length > 0 ? authors : ['']
  // "+ Add author" puts the caret in the new row.
  const list = useRef<HTMLFieldSetElement>(null)
  const added = useRef(false)
  useEffect(() => {
    if (!added.current) return
    added.current = false
    list.current?.querySelectorAll<HTMLInputElement>('.byline-row input').item(rows.length - 1)?.focus()
  }, [rows.length])
  const setAuthor = (index: number, name: string): void => {
    const next = [...rows]
    next[index] = name
    onChange(next.length === 1 && next[0] === '' ? [] : next)
  }
  return (
    <fieldset className="field field-byline" ref={list}>
      <legend>{META_LABELS.byline}</legend>
      {rows.map((author, index) => (
        <div className="byline-row" key={index}>
          <input
            id={index === 0 ? inputId : undefined}
            aria-label={`Author ${index + 1}`}
            value={author}
            placeholder="Author name"
            onChange={(event) => setAuthor(index, event.target.value)}
          />
          {rows.length > 1 && (
            <button type="button" aria-label={`Remove author ${index + 1}`} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              ×
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          added.current = true
          onChange([...rows, ''])
        }}
      >
        + Add author
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  )
}
