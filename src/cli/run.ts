import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { importFile } from '../node/importFile'
import { MAX_ARTICLE_BYTES, serializeArticleFile } from '../shared/article/fileFormat'
import { dropNonStoryLines } from '../shared/import/cleanup'
import { ImportLimits } from '../shared/import/limits'
import { writeFileAtomic } from '../node/atomicWrite'
import { findOutputThatIsAnInput } from './outputGuard'
import { EXPORT_FORMATS, exportArticle, type ExportFormat } from '../shared/export'
import { readArticle } from '../node/articleFile'
import { decodeUtf8, describeReadFailure, readInputFile } from '../node/inputFile'
import { analyzeText, type Analysis } from '../shared/analysis'
import { htmlToText } from './htmlText'
import { META_LABELS } from '../shared/article/meta'
import { bodyText, textStats } from '../shared/article/stats'

export interface CliIO {
  out: (text: string) => void
  err: (text: string) => void
}

const USAGE = `Usage: copydesk <command> [options]

Commands:
  info <file.copydesk> [--json]   check a Copydesk article and print its metadata and word count
  analyze <file.txt|file.html|file.copydesk> [--json]
                                  find quotes, speakers, sources and sourcing problems
  import <file.txt|.html|.md|.docx> -o <out.copydesk> [--clean]
                                  make a Copydesk article from another file (which is never changed);
                                  --clean drops the lines flagged as not story text
  export <file.copydesk|folder> --format fragment|page|wordpress|markdown|nitf [-o out] [--no-attribution]
                                  write an article (or every article in a folder) in a newsroom format;
                                  without -o a single article goes to standard output

Exit codes: 0 success, 1 the file could not be read or is not a valid article, 2 wrong usage.`

/** The copydesk command line. Returns the process exit code; never calls process.exit itself. */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = args
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE)
    return command === undefined ? 2 : 0
  }
  if (command === 'info') return info(rest, io)
  if (command === 'analyze') return analyze(rest, io)
  if (command === 'export') return exportCommand(rest, io)
  if (command === 'import') return importCommand(rest, io)
  io.err(`copydesk: unknown command "${command}".\n\n${USAGE}`)
  return 2
}

/** One file argument and an optional --json; null (after saying why) when the arguments are wrong. */
function fileArgument(command: string, args: string[], io: CliIO): { path: string; json: boolean } | null {
  const json = args.includes('--json')
  const files = args.filter((arg) => arg !== '--json')
  const unknown = files.find((arg) => arg.startsWith('-'))
  if (unknown || files.length !== 1) {
    io.err(unknown ? `copydesk ${command}: unknown option "${unknown}".` : `copydesk ${command}: give exactly one file.`)
    return null
  }
  return { path: files[0]!, json }
}

async function info(args: string[], io: CliIO): Promise<number> {
  const parsed = fileArgument('info', args, io)
  if (!parsed) return 2
  const { path, json } = parsed
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

async function analyze(args: string[], io: CliIO): Promise<number> {
  const parsed = fileArgument('analyze', args, io)
  if (!parsed) return 2
  const { path, json } = parsed
  let text: string
  try {
    text = await readAnalysisText(path)
  } catch (error) {
    io.err(`copydesk: ${(error as Error).message}`)
    return 1
  }
  const analysis = analyzeText(text)
  io.out(json ? JSON.stringify(toJson(analysis), null, 2) : report(analysis))
  return 0
}

/** A .txt file is analysed exactly as it is, so offsets index into the file's own text. */
async function readAnalysisText(path: string): Promise<string> {
  const extension = extname(path).toLowerCase()
  if (extension === '.copydesk') return bodyText((await readArticle(path)).body, '\n\n')
  let text: string
  try {
    text = decodeUtf8(await readInputFile(path, MAX_ARTICLE_BYTES))
  } catch (error) {
    throw new Error(`Could not read “${path}”: ${describeReadFailure(error)}.`, { cause: error })
  }
  if (extension === '.html' || extension === '.htm') return htmlToText(text)
  if (extension === '.txt' || extension === '.text' || extension === '.md') return text
  throw new Error(`Could not read “${path}”: analyze reads .txt, .html and .copydesk files.`)
}

/** The documented JSON shape, and nothing more. */
function toJson(analysis: Analysis) {
  return {
    text: analysis.text,
    quotes: analysis.quotes.map(({ start, end, text, kind, speaker, cue }) => ({ start, end, text, kind, speaker, cue })),
    sources: analysis.sources.map(({ name, role, kind }) => ({ name, role, kind })),
    flags: analysis.flags.map(({ rule, start, end, message }) => ({ rule, start, end, message }))
  }
}

function report(analysis: Analysis): string {
  const clip = (text: string): string => (text.length > 90 ? `${text.slice(0, 87)}…` : text).replace(/\s+/g, ' ')
  const lines = [`Quotes (${analysis.quotes.length})`]
  for (const quote of analysis.quotes) {
    const who = quote.speaker.name ?? (quote.speaker.start === null ? 'NO SPEAKER' : `unnamed: “${analysis.text.slice(quote.speaker.start, quote.speaker.end!)}”`)
    lines.push(`  [${quote.kind}] ${clip(quote.text)}`, `      — ${who}${quote.cue ? ` (${quote.cue.text})` : ''}`)
  }
  lines.push('', `Sources (${analysis.sources.length})`)
  for (const source of analysis.sources) lines.push(`  ${source.name} — ${source.kind}${source.role ? `, ${clip(source.role)}` : ''}`)
  lines.push('', `Flags (${analysis.flags.length})`)
  for (const flag of analysis.flags) lines.push(`  ${flag.rule}: ${flag.message}`)
  return lines.join('\n')
}

async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseOptions('export', args, { values: ['--format', '-f', '-o', '--output'], flags: ['--no-attribution'] }, io)
  if (!parsed) return 2
  const { inputs, values, flags } = parsed
  const format = values['--format'] ?? values['-f']
  const out = values['-o'] ?? values['--output']
  const attribution = !flags.has('--no-attribution')
  if (!format || !Object.hasOwn(EXPORT_FORMATS, format)) {
    io.err(`copydesk export: --format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}.`)
    return 2
  }
  if (inputs.length !== 1) {
    io.err('copydesk export: give one .copydesk file or one folder.')
    return 2
  }
  const input = inputs[0]!
  const chosen = format as ExportFormat
  const isFolder = await stat(input).then((info) => info.isDirectory(), () => false)
  if (!isFolder) {
    const clash = out ? await findOutputThatIsAnInput([out], [input]) : null
    if (clash) {
      io.err(`copydesk export: “${clash.output}” is the article being exported; choose another output file (the article is never changed).`)
      return 2
    }
    try {
      const text = exportArticle(await readArticle(input), chosen, { attribution })
      if (out) await writeFileAtomic(out, text)
      else io.out(text.replace(/\n$/, ''))
      return 0
    } catch (error) {
      io.err(`copydesk: ${(error as Error).message}`)
      return 1
    }
  }
  // A folder: every .copydesk file in it, each written beside it (or into -o) with the format's extension.
  const files = (await readdir(input)).filter((name) => name.endsWith('.copydesk')).sort()
  if (files.length === 0) {
    io.err(`copydesk export: no .copydesk files in “${input}”.`)
    return 1
  }
  const extension = chosen === 'fragment' || chosen === 'page' ? `${chosen}.html` : EXPORT_FORMATS[chosen].extension
  const jobs = files.map((name) => ({ name, source: join(input, name), target: join(out ?? input, `${basename(name, '.copydesk')}.${extension}`) }))
  // Checked for every file before anything is written, so a refusal leaves the folder as it was.
  const clash = await findOutputThatIsAnInput(
    jobs.map((job) => job.target),
    jobs.map((job) => job.source)
  )
  if (clash) {
    io.err(`copydesk export: “${basename(clash.output)}” is the article “${basename(clash.input)}” under another name; export to another folder (no article is ever changed).`)
    return 2
  }
  let failed = 0
  for (const { name, source, target } of jobs) {
    try {
      await writeFileAtomic(target, exportArticle(await readArticle(source), chosen, { attribution }))
      io.out(`${name} → ${target}`)
    } catch (error) {
      failed++
      io.err(`copydesk: ${(error as Error).message}`)
    }
  }
  return failed ? 1 : 0
}

async function importCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseOptions('import', args, { values: ['-o', '--output'], flags: ['--clean'] }, io)
  if (!parsed) return 2
  const { inputs, values, flags } = parsed
  const out = values['-o'] ?? values['--output']
  const clean = flags.has('--clean')
  if (inputs.length !== 1 || !out) {
    io.err('copydesk import: give one file to import and -o <out.copydesk>.')
    return 2
  }
  if (await findOutputThatIsAnInput([out], [inputs[0]!])) {
    io.err('copydesk import: the output must be a new file; the imported file is never changed.')
    return 2
  }
  try {
    const limits = new ImportLimits()
    const imported = await importFile(inputs[0]!, limits)
    const document = clean ? dropNonStoryLines(imported) : imported
    await writeFileAtomic(out, serializeArticleFile(document))
    const removed = clean ? ' (non-story lines removed)' : ''
    io.out(`${basename(inputs[0]!)} → ${out}${removed}`)
    const notice = limits.notice()
    if (notice) io.out(notice)
    return 0
  } catch (error) {
    io.err(`copydesk: ${(error as Error).message}`)
    return 1
  }
}

/** Splits arguments into inputs and known options; null (after saying why) on an unknown option. */
function parseOptions(
  command: string,
  args: string[],
  known: { values: string[]; flags: string[] },
  io: CliIO
): { inputs: string[]; values: Record<string, string | undefined>; flags: Set<string> } | null {
  const inputs: string[] = []
  const values: Record<string, string | undefined> = {}
  const flags = new Set<string>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (known.values.includes(arg)) values[arg] = args[++i]
    else if (known.flags.includes(arg)) flags.add(arg)
    else if (arg.startsWith('-')) {
      io.err(`copydesk ${command}: unknown option "${arg}".`)
      return null
    } else inputs.push(arg)
  }
  return { inputs, values, flags }
}
