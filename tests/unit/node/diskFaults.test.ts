import { execFileSync, spawnSync } from 'node:child_process'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newArticle } from '../../../src/shared/article/document'
import { serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { repoRoot, tempFolder } from '../../support/paths'

// Real faults need privileges: a private mount namespace (unshare) for a full or read-only disk, and
// dropping to an unprivileged user (setpriv) for permission denied. Where the machine refuses them the
// tests say so and skip; the file-size-limit test in articleFiles.test.ts runs everywhere.
const canUnshare = spawnSync('unshare', ['-rm', 'true']).status === 0
const canDropPrivileges = process.getuid?.() === 0 && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0

let dir: string
let cleanup: () => Promise<void>
let child: string
const old = serializeArticleFile(newArticle({ headline: 'The old version' }))

beforeAll(async () => {
  ;({ dir, cleanup } = await tempFolder('copydesk-faults-'))
  await chmod(dir, 0o755)
  child = join(dir, 'saveFault.mjs')
  buildSync({ entryPoints: [join(repoRoot, 'tests/support/saveFault.ts')], bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'error', packages: 'bundle' })
})
afterAll(() => cleanup())

interface Outcome {
  message: string
  intact: boolean
  leftovers: string[]
}

function inPrivateMount(setup: string): Outcome {
  const mountPoint = join(dir, `mnt-${Math.random().toString(36).slice(2)}`)
  const script = `set -e; mkdir -p "${mountPoint}"; mount -t tmpfs -o size=64k tmpfs "${mountPoint}"; printf '%s' "$OLD" > "${mountPoint}/story.copydesk"; ${setup.replaceAll('$MNT', mountPoint)}; node "${child}" "${mountPoint}/story.copydesk"`
  return JSON.parse(execFileSync('unshare', ['-rm', 'sh', '-c', script], { env: { ...process.env, OLD: old }, encoding: 'utf8' })) as Outcome
}

describe('saving onto a failing disk', () => {
  it.skipIf(!canUnshare)('a full disk: says so, keeps the old file, leaves no temp file', () => {
    const outcome = inPrivateMount('true')
    expect(outcome.message).toContain('Could not save “story.copydesk”: the disk is full. The previous file is unchanged')
    expect(outcome.intact).toBe(true)
    expect(outcome.leftovers).toEqual([])
  })

  it.skipIf(!canUnshare)('a read-only disk: says so and keeps the old file', () => {
    const outcome = inPrivateMount('mount -o remount,ro "$MNT"')
    expect(outcome.message).toContain('Could not save “story.copydesk”: the disk is read-only.')
    expect(outcome.intact).toBe(true)
  })

  it.skipIf(!canDropPrivileges)('a folder the user may not write to: permission denied, old file kept', async () => {
    const folder = join(dir, 'locked')
    await mkdir(folder)
    await writeFile(join(folder, 'story.copydesk'), old)
    await chmod(join(folder, 'story.copydesk'), 0o644)
    await chmod(folder, 0o555)
    const output = execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'node', child, join(folder, 'story.copydesk')], { encoding: 'utf8' })
    const outcome = JSON.parse(output) as Outcome
    expect(outcome.message).toContain('Could not save “story.copydesk”: permission denied.')
    expect(outcome.intact).toBe(true)
  })
})
