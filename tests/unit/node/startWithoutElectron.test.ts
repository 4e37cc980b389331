import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../support/paths'

// `npm start` where Electron's binary is missing: one paragraph that says what to do, and a failing exit code.
describe('npm start without an Electron binary', () => {
  it('prints what is missing and how to get it, with no stack trace, and exits non-zero', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/start.mjs'), 'preview'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(repoRoot, 'no-such-electron-folder') }
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Copydesk cannot start: there is no Electron binary')
    expect(result.stderr).toContain('no-such-electron-folder')
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stdout).toBe('')
  })
})
