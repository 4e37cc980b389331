import Papa from 'papaparse'
import type { ArticleDocument } from '../article/document'
import { REVIEW_STATUS_LABELS, type PrivateNote } from '../article/review'
import { STATUS_LABELS } from '../article/sources'
import { escapeXml } from '../export/escape'
import { markedQuotes } from './markedQuotes'
import { notesInStory, type NoteInStory } from './privateNotes'
import { describeProvenance } from './provenance'
import type { ReportFormat } from './reportFormats'
import { reviewState, reviewSummary } from './openItems'
import { quoteReviewOf } from './reviewChanges'

/**
 * The attribution report for the standards desk: every quote with its speaker, role, on-record status,
 * provenance, review status, last reviewer and time, note and the private notes on its words; then every
 * private note with its thread. The one output that carries review data.
 */
/** The report in one of its forms. */
export function attributionReport(document: ArticleDocument, format: ReportFormat): string {
  return format === 'csv' ? reportCsv(document) : reportHtml(document)
}

export const REPORT_COLUMNS = ['Quote', 'Kind', 'Speaker', 'Role', 'On the record', 'Cue', 'Provenance', 'Review', 'Reviewed by', 'Reviewed at', 'Note', 'Private notes'] as const
export type ReportRow = Record<(typeof REPORT_COLUMNS)[number], string>

/** A note's thread in one cell: "Ed Itor (2026-11-27T10:00:00Z): Which meeting? / Kim Lee (…): Tuesday's. [resolved by Ed Itor]". */
function thread(note: PrivateNote): string {
  const messages = note.thread.map((message) => `${message.by} (${message.at}): ${message.text}`).join(' / ')
  return `${messages}${note.resolved ? ` [resolved by ${note.resolved.by}]` : ''}`
}

export function reportRows(document: ArticleDocument, notes: NoteInStory[] = notesInStory(document)): ReportRow[] {
  const sources = new Map(document.sources.map((s) => [s.id, s]))
  return markedQuotes(document.body).map((quote) => {
    const source = quote.sourceId === null ? undefined : sources.get(quote.sourceId)
    const review = quoteReviewOf(document.review, quote.id)
    const last = document.review.log.findLast((entry) => entry.quoteId === quote.id)
    return {
      Quote: quote.text,
      Kind: quote.kind,
      Speaker: source?.name ?? 'Unattributed',
      Role: source?.role ?? '',
      'On the record': source ? STATUS_LABELS[source.status] : '',
      Cue: quote.cue,
      Provenance: describeProvenance(review.provenance),
      Review: REVIEW_STATUS_LABELS[review.status],
      'Reviewed by': last?.by ?? '',
      'Reviewed at': last?.at ?? '',
      Note: review.note,
      'Private notes': notes
        .filter(({ anchor }) => anchor?.quoteIds.has(quote.id))
        .map(({ note }) => thread(note))
        .join('\n')
    }
  })
}

/**
 * The report as CSV: RFC 4180 quoting (Papa Parse), CRLF line ends, and a UTF-8 byte-order mark so that a
 * spreadsheet opening it reads accents and curly quotes as UTF-8. Cells a spreadsheet would run as a formula
 * (starting with =, +, - or @) are prefixed with an apostrophe.
 */
export function reportCsv(document: ArticleDocument): string {
  const data = reportRows(document).map((row) => REPORT_COLUMNS.map((column) => spreadsheetSafe(row[column])))
  return `\uFEFF${Papa.unparse({ fields: [...REPORT_COLUMNS], data }, { newline: '\r\n' })}\r\n`
}

/**
 * A cell no spreadsheet runs as a formula. Papa Parse's own `escapeFormulae` tests a single-line pattern, so a
 * note of several lines starting with "=" got through; this checks the first character only.
 */
function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** Columns of one or two words, never broken inside a word (the others break anywhere, so the table fits the page). */
const SHORT_COLUMNS: (typeof REPORT_COLUMNS)[number][] = ['Kind', 'On the record', 'Review']

const STYLESHEET = `body{margin:2rem;color:#1d1d1f;font:14px/1.45 system-ui,sans-serif}
h1{font-size:1.5rem;margin:0 0 .25rem}
.meta{color:#555;margin:.25rem 0}
table{border-collapse:collapse;width:100%;margin:1rem 0 2rem}
th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere;font-size:13px}
${SHORT_COLUMNS.map((column) => `.quotes td:nth-child(${REPORT_COLUMNS.indexOf(column) + 1})`).join(',')}{overflow-wrap:normal}
th{background:#f2f2f2}
td.quote{max-width:28rem;white-space:pre-wrap}
.query{background:#fff4e0}
.unchecked{background:#fafafa}
@media print{body{margin:0;font-size:10pt}tr{break-inside:avoid}}`

const cells = (values: string[], tag: 'td' | 'th'): string => values.map((value) => `<${tag}>${escapeXml(value)}</${tag}>`).join('')

/** The report as a printable HTML page (no script, nothing loaded from elsewhere). */
export function reportHtml(document: ArticleDocument): string {
  const title = `Attribution report: ${document.meta.headline || 'Untitled'}`
  const { signOff, log } = document.review
  const notes = notesInStory(document)
  const rows = reportRows(document, notes).map((row) => {
    const status = row.Review.toLowerCase()
    const values = REPORT_COLUMNS.map((column) => row[column])
    return `<tr class="${escapeXml(status)}"><td class="quote">${escapeXml(values[0]!)}</td>${cells(values.slice(1), 'td')}</tr>`
  })
  const signed = signOff ? `Approved by ${signOff.by} at ${signOff.at}${signOff.comment ? `: ${signOff.comment}` : ''}` : `Not approved (${reviewState(document)})`
  const noteRows = notes.map(({ note, anchor }) => {
    const words = anchor ? anchor.text : `${note.excerpt} (its words were deleted)`
    return `<tr><td class="quote">${escapeXml(words)}</td>${cells([thread(note), note.resolved ? 'Resolved' : 'Open'], 'td')}</tr>`
  })
  const logRows = log.map((entry) => `<tr>${cells([entry.at, entry.by, entry.action, entry.quoteId ?? '', entry.detail], 'td')}</tr>`)
  return `<!DOCTYPE html>
<html lang="${escapeXml(document.meta.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeXml(title)}</title>
<style>${STYLESHEET}</style>
</head>
<body>
<h1>${escapeXml(title)}</h1>
<p class="meta">${escapeXml(reviewSummary(document))}</p>
<p class="meta">${escapeXml(signed)}</p>
<table class="quotes">
<thead><tr>${cells([...REPORT_COLUMNS], 'th')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<h2>Private notes</h2>
${noteRows.length ? `<table>\n<thead><tr>${cells(['Words', 'Thread', 'Status'], 'th')}</tr></thead>\n<tbody>\n${noteRows.join('\n')}\n</tbody>\n</table>` : '<p>No private notes.</p>'}
<h2>Review log</h2>
${logRows.length ? `<table>\n<thead><tr>${cells(['Time', 'By', 'Action', 'Quote', 'Detail'], 'th')}</tr></thead>\n<tbody>\n${logRows.join('\n')}\n</tbody>\n</table>` : '<p>Nothing reviewed yet.</p>'}
</body>
</html>
`
}
