import type { z } from 'zod'
import { articleDocumentSchema, CURRENT_VERSION, FILE_FORMAT, type ArticleDocument } from './document'
import { migrate } from './migrations'
import { articleMetaSchema } from './meta'

/**
 * The largest .copydesk file Copydesk opens: larger than any real article by two orders of magnitude, and
 * refusing it keeps a stray huge file from hanging the app. Imports are held to it too, so that whatever
 * they make can be saved and opened again.
 */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024

export type ParseResult = { ok: true; document: ArticleDocument } | { ok: false; problem: string }

/** Reads the text of a .copydesk file. Never throws: a bad file yields a sentence saying what is wrong. */
export function parseArticleFile(text: string): ParseResult {
  const fail = (problem: string): ParseResult => ({ ok: false, problem })
  if (text.trim() === '') return fail('the file is empty')
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return fail(`it is not valid JSON (${(error as Error).message})`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('it is not a Copydesk article')
  const file = raw as Record<string, unknown>
  if (file.format !== FILE_FORMAT) {
    return fail(
      file.format === undefined
        ? 'it is not a Copydesk article (no "format" field)'
        : `it is not a Copydesk article (format is ${JSON.stringify(file.format).slice(0, 60)})`
    )
  }
  const version = file.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`its version ${JSON.stringify(version)} is not a valid format version`)
  }
  if (version > CURRENT_VERSION) {
    return fail(
      `it was saved by a newer version of Copydesk (file format version ${version}; this app reads up to version ${CURRENT_VERSION}). Update Copydesk to open it.`
    )
  }
  let migrated: Record<string, unknown>
  try {
    migrated = migrate(file, version, CURRENT_VERSION)
  } catch (error) {
    return fail(`it could not be upgraded from version ${version}: ${(error as Error).message}`)
  }
  const parsed = articleDocumentSchema.safeParse(migrated)
  if (!parsed.success) return fail(`it does not match the Copydesk format: ${describeIssues(parsed.error)}`)
  return { ok: true, document: parsed.data }
}

/** The first problems zod found, on one line: "body.content.0: …; meta.slug: …". */
function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'the file'
    return `${where}: ${issue.message}`
  })
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : ''
  return `${issues.join('; ')}${more}`
}

/**
 * Writes an article as human-readable JSON with a fixed key order, so that saving the same article twice
 * gives the same bytes and a changed article diffs line by line in git. An article the format refuses is
 * never written; the error says why in one line.
 */
export function serializeArticleFile(document: ArticleDocument): string {
  const parsed = articleDocumentSchema.safeParse(document)
  if (!parsed.success) throw new InvalidArticleError(describeIssues(parsed.error))
  return JSON.stringify(canonicalize(parsed.data), null, 2) + '\n'
}

/** An article the file format refuses; `problem` says why, on one line. */
export class InvalidArticleError extends Error {
  constructor(readonly problem: string) {
    super(`This article cannot be saved: ${problem}.`)
  }
}

const KEY_ORDER = [
  'format',
  'version',
  'meta',
  'sources',
  'body',
  ...Object.keys(articleMetaSchema.shape),
  'id',
  'name',
  'type',
  'attrs',
  'text',
  'marks',
  'content'
]
const rank = (key: string): number => {
  const index = KEY_ORDER.indexOf(key)
  return index === -1 ? KEY_ORDER.length : index
}

function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize)
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([key, v]) => [key, canonicalize(v)]))
}
