import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './paths'

/** One hostile input from the public corpora in tests/fixtures/xss (see SOURCE.md there). */
export interface XssVector {
  /** `h5sc-<cheatsheet id>` or `dompurify-<1-based position>`. */
  id: string
  name: string
  payload: string
}

const folder = join(repoRoot, 'tests/fixtures/xss')
const read = <T>(file: string): T => JSON.parse(readFileSync(join(folder, file), 'utf8')) as T

/** The 149 HTML5 Security Cheatsheet vectors, then the 223 DOMPurify fixture payloads. */
export const XSS_VECTORS: readonly XssVector[] = [
  ...read<{ id: number; name: string; payload: string }[]>('h5sc-vectors.json').map((v) => ({ id: `h5sc-${v.id}`, name: v.name, payload: v.payload })),
  ...read<{ title: string; payload: string }[]>('dompurify-fixtures.json').map((v, i) => ({ id: `dompurify-${i + 1}`, name: v.title, payload: v.payload }))
]

/** Text for an HTML element or a double-quoted attribute: the vector arrives as characters, not markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Characters XML 1.0 cannot hold at all (a .docx is XML): C0 controls but tab, CR, LF; lone surrogates; U+FFFE/F. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '')
}

/** Without whitespace and control characters, so that an http(s) or mailto address can carry the rest. */
// eslint-disable-next-line no-control-regex
export const squeezed = (value: string): string => value.replace(/[\u0000-\u0020\u007f]/g, '')

/** Splits a list into runs of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
