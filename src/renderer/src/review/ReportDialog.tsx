import { useEffect, useRef, useState } from 'react'
import { REPORT_FORMAT_LABELS, REPORT_FORMATS, type ReportFormat } from '../../../shared/review/reportFormats'

interface Props {
  onReport: (format: ReportFormat) => Promise<void>
  onClose: () => void
}

/** Review ▸ Attribution Report…: every quote with its speaker, provenance, review and notes, as a page or a table. */
export function ReportDialog({ onReport, onClose }: Props): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null)
  const [format, setFormat] = useState<ReportFormat>('html')
  useEffect(() => dialog.current?.showModal(), [])
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="report-title" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void onReport(format).then(onClose)
        }}
      >
        <h2 id="report-title">Attribution report</h2>
        <fieldset className="format-list">
          <legend>Format</legend>
          {REPORT_FORMATS.map((id) => (
            <label key={id} className="checkbox">
              <input type="radio" name="report-format" value={id} checked={format === id} onChange={() => setFormat(id)} />
              {REPORT_FORMAT_LABELS[id].label} <span className="field-hint">.{REPORT_FORMAT_LABELS[id].extension}</span>
            </label>
          ))}
        </fieldset>
        <p className="field-hint">For the standards desk: it holds review statuses, notes, provenance and the review log, which no export carries.</p>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save report…
          </button>
        </div>
      </form>
    </dialog>
  )
}
