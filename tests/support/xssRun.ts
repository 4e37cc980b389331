import type { ArticleDocument } from '../../src/shared/article/document'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../../src/shared/export'
import { findExecutable } from './executableScan'
import type { XssVector } from './xssCorpus'

const date = new Date('2026-11-26T12:00:00Z')
export const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[]

/** Vector id → findings, for the vectors that produced any. */
export type Findings = Record<string, string[]>

/**
 * One test file's pass over the corpus: scans exports, and counts what each input path accepted and refused, for
 * the summary printed at the end.
 */
export class CorpusRun {
  private readonly tally = new Map<string, { tried: number; accepted: number; refused: number }>()

  /** Every export of a document (and the fragment without attribution), scanned; findings name the format. */
  scanExports(document: ArticleDocument): string[] {
    const findings: string[] = []
    for (const format of FORMATS) findings.push(...findExecutable(exportArticle(document, format, { date }), format))
    findings.push(...findExecutable(exportArticle(document, 'fragment', { attribution: false }), 'fragment').map((f) => `--no-attribution ${f}`))
    return findings
  }

  count(path: string, outcome: 'accepted' | 'refused'): void {
    const entry = this.tally.get(path) ?? { tried: 0, accepted: 0, refused: 0 }
    entry.tried++
    entry[outcome]++
    this.tally.set(path, entry)
  }

  record(findings: Findings, vector: XssVector, found: string[]): void {
    if (found.length) (findings[vector.id] ??= []).push(...found)
  }

  /** A Markdown table of the counts. */
  summary(): string {
    const rows = [...this.tally].map(([path, t]) => `| ${path} | ${t.tried} | ${t.accepted} | ${t.refused} |`)
    const total = [...this.tally.values()].reduce((sum, t) => ({ tried: sum.tried + t.tried, accepted: sum.accepted + t.accepted, refused: sum.refused + t.refused }), { tried: 0, accepted: 0, refused: 0 })
    rows.push(`| **all** | ${total.tried} | ${total.accepted} | ${total.refused} |`)
    return ['| path | tried | accepted | refused |', '| --- | ---: | ---: | ---: |', ...rows].join('\n')
  }
}
