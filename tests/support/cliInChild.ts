import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from './paths'

/** What one copydesk command did in a fresh Node process (tests/support/cliChild.ts). */
export interface ChildOutcome {
  code: number
  out: string
  err: string
  /** Wall-clock time of the command itself, start-up excluded. */
  ms: number
  /** CPU time of the command (all threads, garbage collection included), which a busy machine does not inflate. */
  cpuMs: number
  peakMB: number
}

/** Runs one copydesk command in its own Node, so that its time and peak memory are its own. */
export async function copydeskInChild(...args: string[]): Promise<ChildOutcome> {
  const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', join(repoRoot, 'tests/support/cliChild.ts'), ...args], {
    cwd: repoRoot,
    maxBuffer: 16 * 1024 * 1024
  })
  return JSON.parse(stdout) as ChildOutcome
}
