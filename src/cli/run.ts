import type { CliIO, Command } from './command'
import { analyze } from './commands/analyze'
import { check } from './commands/check'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { info } from './commands/info'
import { report } from './commands/report'
import { send } from './commands/send'
import { parseCommandLine } from './parseCommandLine'
import { usageText } from './usage'

export type { CliIO } from './command'

/** Every subcommand, in the order `copydesk --help` lists them. A new one is a file in commands/ and a line here. */
const COMMANDS: readonly Command[] = [info, analyze, importCommand, exportCommand, check, report, send]

const USAGE = usageText(COMMANDS)

/**
 * The copydesk command line. Returns the process exit code — 0 success, 1 a file that could not be read or
 * written, 2 wrong usage — and never calls process.exit itself.
 */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = args
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE)
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS.find((candidate) => candidate.name === name)
  if (!command) {
    io.err(`copydesk: unknown command "${name}".\n\n${USAGE}`)
    return 2
  }
  const parsed = parseCommandLine(command, rest)
  if (!parsed.ok) {
    io.err(`copydesk ${name}: ${parsed.problem}`)
    return 2
  }
  try {
    return await command.run(parsed.input, io)
  } catch (error) {
    io.err(`copydesk: ${(error as Error).message}`)
    return 1
  }
}
