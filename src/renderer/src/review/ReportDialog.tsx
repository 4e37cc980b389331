import { useState } from 'react'
import { REPORT_FORMAT_LABELS, REPORT_FORMATS, type ReportFormat } from '../../../shared/review/reportFormats'
import { FormDialog } from '../components/FormDialog'

interface Props {
  onReport: (format: ReportFormat) => Promise<void>
  onClose: () => void
}

/** Review ▸ Attribution Report…: every quote with its speaker, provenance, review and notes, as a page or a table. */
export function ReportDialog({ onReport, onClose }: Props): React.JSX.Element {
  const [format, setFormat] = useState<ReportFormat>('html')
  return (
    <FormDialog title="Attribution report" titleId="report-title" submitLabel="Save report…" onSubmit={() => void onReport(format).then(onClose)} onClose={onClose}>
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
    </FormDialog>
  )
}
