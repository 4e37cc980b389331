import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TIMED_TEXTS } from './adversarialTexts'

const MEGABYTE = 1 << 20
/** The promise to the user: a megabyte of any text is analysed within this. */
const BUDGET_MS = 3_000
/** Best of this many runs per size: a loaded machine slows some runs, never speeds one up. */
const RUNS = 3
/** A run this slow cannot meet the budget, so the child is stopped rather than waited for. */
const GIVE_UP_MS = 15_000
/**
 * Four times the text may take at most this many times as long: linear is 4, n log n a little more, quadratic
 * 16 (doubling the text at most 2.8 times the time). A factor of four between the sizes keeps the two far apart
 * when a garbage collection lands in one run. Times under the floor count as the floor, so that a few
 * milliseconds of noise cannot fail a fast run.
 */
const MAX_GROWTH = 8
const FLOOR_MS = 25

interface Timing {
  size: number
  ms: number
}

/** Best run per size of the engine on one named text, measured in a child process that is stopped if it hangs. */
function bestTimes(name: string, sizes: number[]): Promise<Timing[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'timeAnalysis.ts'), name, String(RUNS), ...sizes.map(String)], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const runs: Timing[] = []
    let buffered = ''
    let watchdog: ReturnType<typeof setTimeout>
    const arm = (): void => {
      clearTimeout(watchdog)
      watchdog = setTimeout(() => {
        child.kill('SIGKILL')
        const size = sizes[Math.floor(runs.length / RUNS)]!
        reject(new Error(`analysing “${name}” at ${size.toLocaleString('en')} characters did not finish within ${GIVE_UP_MS / 1000} s`))
      }, GIVE_UP_MS)
    }
    arm()
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) runs.push(JSON.parse(line) as Timing)
      arm()
    })
    child.on('exit', (code) => {
      clearTimeout(watchdog)
      if (code !== 0) return reject(new Error(`the timing child for “${name}” exited with code ${code}`))
      resolve(sizes.map((_, index) => runs.slice(index * RUNS, (index + 1) * RUNS).reduce((best, run) => (run.ms < best.ms ? run : best))))
    })
  })
}

describe('analysis time grows linearly with the length of the text', () => {
  for (const input of TIMED_TEXTS) {
    it(`${input.name}: 1 MB within ${BUDGET_MS / 1000} s, and four times the text at most ${MAX_GROWTH}× the time`, async () => {
      const [quarter, full] = await bestTimes(input.name, [MEGABYTE / 4, MEGABYTE])
      const summary = `${quarter!.size.toLocaleString('en')} chars ${quarter!.ms.toFixed(0)} ms, ${full!.size.toLocaleString('en')} chars ${full!.ms.toFixed(0)} ms (CPU)`
      expect(full!.ms, summary).toBeLessThan(BUDGET_MS)
      expect(Math.max(full!.ms, FLOOR_MS) / Math.max(quarter!.ms, FLOOR_MS), summary).toBeLessThanOrEqual(MAX_GROWTH)
    }, 4 * RUNS * GIVE_UP_MS)
  }
})
