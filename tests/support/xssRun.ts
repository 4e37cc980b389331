import type { ArticleDocument } from '../../src/shared/article/document'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../../src/shared/export'
import { findExecutable } from './executableScan'
import type { XssVector } from './xssCorpus'

const date = new Date('2026-11-26T12:00:00Z')
export const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[]

/**
 * Bugs the XSS corpus found in files other engineers own. Their findings are set aside — and counted — so
 * that everything else must still scan clean; each has a minimal reproduction in tests/unit/security, marked
 * `it.fails`, which starts failing (flip it to `it` and delete the entry here) the day the bug is fixed.
 */
export const KNOWN_BUGS = {
  /**
   * src/shared/export/wordpress.ts puts the headline and dek, which are plain text, into the post's `title` and
   * `excerpt` unescaped. WordPress treats both as HTML: for a user with unfiltered_html (administrators and
   * editors) it stores them as they are and themes print them with the_title() / the_excerpt(), so
   * "<img src=x onerror=alert(1)>" as a headline runs on the public site.
   */
  'wordpress-title-html': /^wordpress (title|excerpt): /,
  /**
   * src/shared/export/escape.ts (escapeXml, used by nitf.ts) passes C0 control characters through; XML 1.0
   * cannot hold them, so the NITF file is not well-formed and every XML reader refuses it (xmllint: "PCDATA
   * invalid Char value 1"). Not executable; an export that cannot be read.
   */
  'nitf-control-characters': /^nitf: not well-formed XML: character U\+00[01][0-9A-F] /
} as const
export type KnownBug = keyof typeof KNOWN_BUGS

/** Vector id → findings, for the vectors that produced any. */
export type Findings = Record<string, string[]>

/**
 * One test file's pass over the corpus: scans exports, sets known bugs aside (remembering which vectors showed
 * them), and counts what each input path accepted and refused, for the summary printed at the end.
 */
export class CorpusRun {
  readonly known: Record<KnownBug, Set<string>> = { 'wordpress-title-html': new Set(), 'nitf-control-characters': new Set() }
  private readonly tally = new Map<string, { tried: number; accepted: number; refused: number }>()

  /** Every export of a document (and the fragment without attribution), scanned; findings name the format. */
  scanExports(document: ArticleDocument, vector?: XssVector): string[] {
    const findings: string[] = []
    for (const format of FORMATS) findings.push(...findExecutable(exportArticle(document, format, { date }), format))
    findings.push(...findExecutable(exportArticle(document, 'fragment', { attribution: false }), 'fragment').map((f) => `--no-attribution ${f}`))
    return this.setAsideKnown(findings, vector)
  }

  setAsideKnown(findings: string[], vector?: XssVector): string[] {
    return findings.filter((finding) => {
      const bug = (Object.keys(KNOWN_BUGS) as KnownBug[]).find((key) => KNOWN_BUGS[key].test(finding))
      if (bug) this.known[bug].add(vector?.id ?? '(a file of many vectors)')
      return !bug
    })
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

  /** A Markdown table of the counts, and the vectors that showed each known bug. */
  summary(): string {
    const rows = [...this.tally].map(([path, t]) => `| ${path} | ${t.tried} | ${t.accepted} | ${t.refused} |`)
    const total = [...this.tally.values()].reduce((sum, t) => ({ tried: sum.tried + t.tried, accepted: sum.accepted + t.accepted, refused: sum.refused + t.refused }), { tried: 0, accepted: 0, refused: 0 })
    rows.push(`| **all** | ${total.tried} | ${total.accepted} | ${total.refused} |`)
    const bugs = (Object.keys(this.known) as KnownBug[]).map((bug) => `${bug}: ${this.known[bug].size} vectors (${[...this.known[bug]].slice(0, 8).join(', ')})`)
    return ['| path | tried | accepted | refused |', '| --- | ---: | ---: | ---: |', ...rows, '', 'Known bugs seen:', ...bugs].join('\n')
  }
}
