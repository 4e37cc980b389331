import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../tests/support/paths'

export interface BenchResult {
  name: string
  words: number
  value: number
  unit: 'ms' | 'MB'
  baseline: number | null
  /** The commit measured (with "+changes" when the work tree differed from it), set by recordResults. */
  commit?: string
}

/** HEAD, marked when uncommitted changes were part of what ran: rows measured at different times stay traceable. */
function measuredCommit(): string {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim()
  try {
    // The benchmarks' own result files are left out: one benchmark's results would otherwise mark the next one's.
    const changed = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)bench/results.*', ':(exclude)bench/results/**')
    return `${git('rev-parse', '--short', 'HEAD')}${changed ? '+changes' : ''}`
  } catch {
    return 'unknown'
  }
}

const file = join(repoRoot, 'bench/results.json')

/** Merges results into bench/results.json (replacing same name and size) and rewrites bench/results.md. */
export function recordResults(measured: BenchResult[]): void {
  const commit = measuredCommit()
  const results = measured.map((result) => ({ ...result, commit }))
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { results: BenchResult[] }).results : []
  const key = (r: BenchResult): string => `${r.name}@${r.words}`
  const merged = [...previous.filter((r) => !results.some((n) => key(n) === key(r))), ...results].sort(
    (a, b) => a.name.localeCompare(b.name) || a.words - b.words
  )
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`
  writeFileSync(file, JSON.stringify({ machine, date: new Date().toISOString(), results: merged }, null, 2) + '\n')
  const sizes = [...new Set(merged.map((r) => r.words))].sort((a, b) => a - b)
  const names = [...new Set(merged.map((r) => r.name))]
  const figure = (value: number): string => value.toFixed(value < 10 ? 2 : 1)
  const versusBare = (r: BenchResult): string =>
    r.baseline === null ? '' : ` (bare TipTap ${figure(r.baseline)}${r.baseline > 0 ? `, ${(r.value / r.baseline).toFixed(2)}×` : ''})`
  const cell = (r: BenchResult | undefined): string => (r ? `${figure(r.value)} ${r.unit}${versusBare(r)}` : '—')
  const table = [
    `| measure | ${sizes.map((s) => `${s.toLocaleString('en')} words`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...names.map((name) => `| ${name} | ${sizes.map((s) => cell(merged.find((r) => r.name === name && r.words === s))).join(' | ')} |`)
  ].join('\n')
  writeFileSync(join(repoRoot, 'bench/results.md'), `${table}\n\n_${machine}_\n`)
  console.log(table)
}

/** The value below which `share` (0–1) of the samples fall. */
export function percentile(samples: number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!
}

/** Median of a timed function over `runs` runs after a warm-up. */
export function medianMs(fn: () => unknown, runs = 20): number {
  for (let i = 0; i < 3; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return percentile(samples, 0.5)
}
