/**
 * Upgrades of older .copydesk files. `migrations[n]` turns a version-n file object into a version-(n+1)
 * one. Version 1 is the first format, so the table is empty; a change to the format adds an entry here,
 * bumps CURRENT_VERSION, and adds a fixture of the old version to the tests.
 */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>

export const migrations: Readonly<Record<number, Migration>> = {}

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
