// Child process for the limits tests: runs one copydesk command in a fresh Node and prints, as JSON, its exit
// code and messages with the time it took (wall clock and CPU) and the process's peak memory, so that a test can hold an input to
// "under 3 s and under 1 GB" without the test runner's own memory in the way.
import { runCli } from '../../src/cli/run'

let out = ''
let err = ''
const started = performance.now()
const cpuStart = process.cpuUsage()
const code = await runCli(process.argv.slice(2), { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) })
const ms = Math.round(performance.now() - started)
const cpu = process.cpuUsage(cpuStart)
const cpuMs = Math.round((cpu.user + cpu.system) / 1000)
const peakMB = Math.round(process.resourceUsage().maxRSS / 1024)
process.stdout.write(JSON.stringify({ code, out: out.slice(0, 2000), err: err.slice(0, 2000), ms, cpuMs, peakMB }))
