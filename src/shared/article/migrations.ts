import { emptyReview } from './review'

/**
 * Upgrades of older .copydesk files. `migrations[n]` turns a version-n file object into a version-(n+1)
 * one. A change to the format adds an entry here, bumps CURRENT_VERSION, and adds a fixture of the old version
 * to the tests (tests/fixtures/format/).
 */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>

export const migrations: Readonly<Record<number, Migration>> = {
  // Version 2 adds the editor's review; a version-1 story has not been reviewed.
  1: (file) => ({ ...file, review: emptyReview() }),
  // Version 3 keeps the flags someone resolved and the suggestions the reporter dismissed; a version-2 story has none.
  2: (file) => ({ ...file, review: { ...(file.review as object | undefined), resolvedFlags: [], dismissedSuggestions: [] } }),
  // Version 4 adds the publication date and the page a story was imported from; a version-3 story has neither.
  3: (file) => ({ ...file, meta: { ...(file.meta as object | undefined), published: null, origin: null } })
}

export function migrate(
  file: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  table: Readonly<Record<number, Migration>> = migrations
): Record<string, unknown> {
  let current = file
  for (let version = fromVersion; version < toVersion; version++) {
    const step = table[version]
    if (!step) throw new Error(`no migration from version ${version} to ${version + 1}`)
    current = { ...step(current), version: version + 1 }
  }
  return current
}
