import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AnalysisRunner } from '../../../src/renderer/src/analysis/analysisRunner'
import { HeldWorker } from '../../support/heldWorker'

let workers: HeldWorker[]
let runner: AnalysisRunner
beforeEach(() => {
  vi.useFakeTimers()
  workers = []
  runner = new AnalysisRunner(() => {
    const worker = new HeldWorker()
    workers.push(worker)
    return worker
  })
})
afterEach(() => {
  runner.dispose()
  vi.useRealTimers()
})

describe('the analysis runner', () => {
  it('stops the running analysis when a newer text arrives: its worker is terminated and the new text goes to a new one', async () => {
    const older = runner.run('“Old,” Jane Doe said.', 4_000)
    const newer = runner.run('“New,” Jane Doe said.', 4_000)
    expect(await older).toEqual({ kind: 'cancelled' })
    expect(workers).toHaveLength(2)
    expect(workers[0]!.terminated).toBe(true)
    expect(workers[1]!.requests.map((r) => r.text)).toEqual(['“New,” Jane Doe said.'])
    workers[1]!.answer()
    const outcome = await newer
    expect(outcome.kind === 'done' && outcome.analysis.quotes.map((q) => q.text)).toEqual(['“New,”'])
  })

  it('ends a run that outlasts its budget as too long, terminating its worker; the next text gets a new worker', async () => {
    const run = runner.run('“Slow,” Jane Doe said.', 4_000)
    vi.advanceTimersByTime(3_999)
    workers[0]!.answer()
    expect(await run).toMatchObject({ kind: 'done' })
    const slow = runner.run('“Slower,” Jane Doe said.', 4_000)
    vi.advanceTimersByTime(4_000)
    expect(await slow).toEqual({ kind: 'too-long' })
    expect(workers[0]!.terminated).toBe(true)
    void runner.run('“Next,” Jane Doe said.', 4_000)
    expect(workers).toHaveLength(2)
  })

  it('never cuts short a run without a budget (on demand), and keeps an idle worker for the next text', async () => {
    const run = runner.run('“Long,” Jane Doe said.', null)
    vi.advanceTimersByTime(600_000)
    workers[0]!.answer()
    expect(await run).toMatchObject({ kind: 'done' })
    void runner.run('“Again,” Jane Doe said.', null)
    expect(workers).toHaveLength(1)
    expect(workers[0]!.terminated).toBe(false)
  })

  it('reports a worker that fails, and gives the next text a new worker', async () => {
    const run = runner.run('“Boom,” Jane Doe said.', 4_000)
    workers[0]!.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent)
    expect(await run).toEqual({ kind: 'failed', message: 'out of memory' })
    expect(workers[0]!.terminated).toBe(true)
    void runner.run('“Next,” Jane Doe said.', 4_000)
    expect(workers).toHaveLength(2)
  })
})
