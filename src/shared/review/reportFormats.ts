/**
 * The attribution report's two forms, named apart from the report itself so that the IPC contract (and so the
 * preload) can name them without bundling the CSV writer.
 */
export const REPORT_FORMATS = ['html', 'csv'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export const REPORT_FORMAT_LABELS: Record<ReportFormat, { label: string; extension: string }> = {
  html: { label: 'Printable page (HTML)', extension: 'html' },
  csv: { label: 'Spreadsheet (CSV)', extension: 'csv' }
}
