import { useState } from 'react'
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/formats'
import type { ArticleMeta } from '../../../shared/article/meta'
import { FormDialog } from './FormDialog'
import { SlugCheck } from './SlugCheck'

interface Props {
  meta: ArticleMeta
  onMeta: (meta: ArticleMeta) => void
  onExport: (format: ExportFormat, attribution: boolean) => Promise<void>
  /** Edit ▸ Copy as HTML, offered here too: the CMS fragment on the clipboard instead of in a file. */
  onCopy: () => void
  onClose: () => void
}

const FORMATS = Object.entries(EXPORT_FORMATS) as [ExportFormat, (typeof EXPORT_FORMATS)[ExportFormat]][]

/** File ▸ Export…: the format, and whether speakers travel with the quotes. */
export function ExportDialog({ meta, onMeta, onExport, onCopy, onClose }: Props): React.JSX.Element {
  const [format, setFormat] = useState<ExportFormat>('fragment')
  const [attribution, setAttribution] = useState(true)
  return (
    <FormDialog
      title="Export"
      titleId="export-title"
      submitLabel="Export…"
      onSubmit={() => void onExport(format, attribution).then(onClose)}
      onClose={onClose}
      secondary={{
        label: 'Copy as HTML',
        run: () => {
          onClose()
          onCopy()
        }
      }}
    >
      <SlugCheck meta={meta} onChange={onMeta} />
      <fieldset className="format-list">
        <legend>Format</legend>
        {FORMATS.map(([id, { label, extension }]) => (
          <label key={id} className="checkbox">
            <input type="radio" name="format" value={id} checked={format === id} onChange={() => setFormat(id)} />
            {label} <span className="field-hint">.{extension}</span>
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={attribution} onChange={(event) => setAttribution(event.target.checked)} />
        Include who said each quote (names and roles of on-the-record sources)
      </label>
      <p className="field-hint">Private contact notes and sources who are not on the record are never exported.</p>
    </FormDialog>
  )
}
