import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { ArticleDocument } from '../../../../src/shared/article/document'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../../../../src/shared/export'
import { REPORT_COLUMNS, reportCsv, reportHtml } from '../../../../src/shared/review/attributionReport'
import { setProvenance, setQuoteStatus, signOff } from '../../../../src/shared/review/reviewChanges'
import { articleWithNotes } from '../../../support/articles'
import { nuHtmlErrors } from '../../../support/validators'

const editor = { by: 'Ed Itor', at: '2026-11-27T10:00:00.000Z' }

/**
 * The sample article reviewed: one quote verified with provenance, one queried with a note full of CSV traps,
 * and two private notes (one open across the first quote's edge, one resolved on the second).
 */
function reviewedArticle(): ArticleDocument {
  let document = articleWithNotes()
  document = { ...document, review: setQuoteStatus(document, 'q-1', 'verified', editor) }
  const provenance = { kind: 'recording' as const, date: null, medium: null, file: 'council-REVIEW-SECRET.m4a', timestamp: '00:14:32', reference: '', detail: '' }
  document = { ...document, review: setProvenance(document.review, 'q-1', provenance, editor) }
  document = { ...document, review: setQuoteStatus(document, 'q-2', 'query', editor, '=HYPERLINK("x") who, "exactly", said this?\nAsk. <img src=x onerror=alert(1)>') }
  return { ...document, review: signOff(document, 'Cleared — REVIEW-SECRET', editor) }
}

describe('the attribution report', () => {
  it('as CSV: a spreadsheet-safe file that a CSV parser reads back to every quote and its review', () => {
    const csv = reportCsv(reviewedArticle())
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    const [header, ...rows] = parsed.data
    expect(header).toEqual([...REPORT_COLUMNS])
    expect(rows).toEqual([
      [
        '“We have nothing to hide,”', 'direct', 'Andrei Krutsky', 'special envoy', 'On the record', 'Krutsky said', 'Recording, council-REVIEW-SECRET.m4a at 00:14:32', 'Verified', 'Ed Itor', editor.at, '',
        `Ed Itor (${editor.at}): Phone or press conference? NOTE-SECRET / Jane Doe (${editor.at}): =SUM(1) the phone, "Monday"`
      ],
      [
        'farce', 'partial', 'Deep Throat', 'official', 'Not for attribution', '', '', 'Query', 'Ed Itor', editor.at, `'=HYPERLINK("x") who, "exactly", said this?\nAsk. <img src=x onerror=alert(1)>`,
        `Ed Itor (${editor.at}): Who is the official? NOTE-SECRET [resolved by Ed Itor]`
      ]
    ])
  })

  it('as HTML: a printable page the Nu checker finds valid, with every quote, the sign-off and the log', async () => {
    const html = reportHtml(reviewedArticle())
    expect(html).toContain('Approved by Ed Itor at 2026-11-27T10:00:00.000Z: Cleared — REVIEW-SECRET')
    expect(html).toContain('council-REVIEW-SECRET.m4a at 00:14:32')
    expect(html).toContain('Ask. &lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toMatch(/<img|<script/i)
    // Every private note, with its words and thread, open or resolved.
    expect(html).toContain('<h2>Private notes</h2>')
    expect(html).toContain('<td class="quote"> to hide,” Krutsky said</td>')
    expect(html).toContain('=SUM(1) the phone, &quot;Monday&quot;')
    expect(html).toMatch(/Who is the official\? NOTE-SECRET \[resolved by Ed Itor\]<\/td><td>Resolved<\/td>/)
    expect(await nuHtmlErrors({ 'report.html': html })).toEqual([])
  }, 60_000)

  it('is the only output that carries review data: no export holds a note, a private note, provenance or sign-off', () => {
    const document = reviewedArticle()
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      const exported = exportArticle(document, format, { date: new Date('2026-11-27T10:00:00Z') })
      expect(exported, format).not.toContain('REVIEW-SECRET')
      expect(exported, format).not.toContain('HYPERLINK')
      expect(exported, format).not.toContain('Ed Itor')
      expect(exported, format).not.toContain('NOTE-SECRET')
      expect(exported, format).not.toContain('n-edge')
    }
  })
})
