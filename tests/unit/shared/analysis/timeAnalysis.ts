// Run by linearTime.test.ts in a child process (node --import tsx), so that a run that never ends can be
// stopped: times the engine on one named text at the sizes given, one line of JSON per run. The time is the
// process's CPU time (all its threads, garbage collection included), which other work on a shared machine
// does not inflate the way it inflates the wall clock.
import { analyzeText } from '../../../../src/shared/analysis'
import { TIMED_TEXTS } from './adversarialTexts'

const [name, runsArgument, ...sizes] = process.argv.slice(2)
const input = TIMED_TEXTS.find((t) => t.name === name)
if (!input) throw new Error(`No timed text is named “${name}”.`)
for (const size of sizes.map(Number)) {
  const text = input.build(size)
  for (let run = 0; run < Number(runsArgument); run++) {
    const start = process.cpuUsage()
    analyzeText(text)
    const { user, system } = process.cpuUsage(start)
    process.stdout.write(`${JSON.stringify({ size: text.length, ms: (user + system) / 1000 })}\n`)
  }
}
