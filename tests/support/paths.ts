import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const repoRoot = resolve(import.meta.dirname, '../..')
export const samplePath = join(repoRoot, 'resources/samples/web-scrape-russia-election.txt')

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempFolder(prefix = 'copydesk-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
