import type { Command } from './command'

/** Where each command's summary starts; a longer synopsis puts it on the lines below. */
const SUMMARY_COLUMN = 34

/** `copydesk --help`: every command's synopsis and summary, in the order of the table. */
export function usageText(commands: readonly Command[]): string {
  const lines = commands.flatMap(({ usage: { synopsis, summary } }) => {
    const indent = ' '.repeat(SUMMARY_COLUMN)
    const head = `  ${synopsis}`
    const [first = '', ...rest] = summary
    const opening = head.length < SUMMARY_COLUMN - 1 ? [head.padEnd(SUMMARY_COLUMN) + first] : [head, indent + first]
    return [...opening, ...rest.map((line) => indent + line)]
  })
  return [
    'Usage: copydesk <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Exit codes: 0 success, 1 the file could not be read or is not a valid article (or, for check and',
    '--require-approved, is not ready for the CMS; for send, the CMS refused or could not be reached), 2 wrong usage.'
  ].join('\n')
}
