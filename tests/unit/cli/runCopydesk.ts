import { runCli } from '../../../src/cli/run'

export interface CliOutcome {
  code: number
  /** Standard output and standard error, each message followed by a newline as the bin writes it. */
  out: string
  err: string
}

/** Runs one copydesk command in this process, as `copydesk <args>` would, and collects what it prints. */
export async function copydesk(...args: string[]): Promise<CliOutcome> {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) })
  return { code, out, err }
}
