import { readArticle } from '../main/services/articleFiles'
import { META_LABELS } from '../shared/article/meta'
import { bodyText, textStats } from '../shared/article/stats'

export interface CliIO {
  out: (text: string) => void
  err: (text: string) => void
}

const USAGE = `Usage: copydesk <command> [options]

Commands:
  info <file.copydesk> [--json]   check a Copydesk article and print its metadata and word count

Exit codes: 0 success, 1 the file could not be read or is not a valid article, 2 wrong usage.`

/** The copydesk command line. Returns the process exit code; never calls process.exit itself. */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = args
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE)
    return command === undefined ? 2 : 0
  }
  if (command === 'info') return info(rest, io)
  io.err(`copydesk: unknown command "${command}".\n\n${USAGE}`)
  return 2
}

async function info(args: string[], io: CliIO): Promise<number> {
  const json = args.includes('--json')
  const files = args.filter((arg) => arg !== '--json')
  const unknown = files.find((arg) => arg.startsWith('-'))
  if (unknown || files.length !== 1) {
    io.err(unknown ? `copydesk info: unknown option "${unknown}".` : 'copydesk info: give exactly one .copydesk file.')
    return 2
  }
  const path = files[0]!
  let document
  try {
    document = await readArticle(path)
  } catch (error) {
    io.err(`copydesk: ${(error as Error).message}`)
    return 1
  }
  const { meta } = document
  const stats = textStats(bodyText(document.body))
  if (json) {
    io.out(JSON.stringify({ file: path, meta, ...stats }, null, 2))
    return 0
  }
  const rows: [string, string][] = [
    ['File', path],
    [META_LABELS.headline, meta.headline || '(none)'],
    [META_LABELS.dek, meta.dek || '(none)'],
    [META_LABELS.byline, meta.byline.join(', ') || '(none)'],
    [META_LABELS.dateline, meta.dateline || '(none)'],
    [META_LABELS.slug, meta.slug || '(none)'],
    [META_LABELS.tags, meta.tags.join(', ') || '(none)'],
    [META_LABELS.language, meta.language],
    ['Words', `${stats.words}${meta.wordTarget ? ` of ${meta.wordTarget} target` : ''}`],
    ['Characters', String(stats.characters)],
    ['Reading time', `${stats.readingMinutes} min`]
  ]
  io.out(rows.map(([label, value]) => `${`${label}:`.padEnd(14)}${value}`).join('\n'))
  return 0
}
