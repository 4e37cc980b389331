import { existsSync, readFileSync } from 'node:fs'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineCommand } from '../../../src/cli/command'
import { parseCommandLine } from '../../../src/cli/parseCommandLine'
import { usageText } from '../../../src/cli/usage'
import { serializeArticleFile } from '../../../src/shared/article/fileFormat'
import { richArticle } from '../../support/articles'
import { tempFolder } from '../../support/paths'
import { copydesk } from './runCopydesk'

// The dispatcher: the usage text built from the commands' specs, one parse of the arguments against the
// command's options, and the same "copydesk <command>: …" refusal with exit code 2 for every wrong call.

let dir: string
let cleanup: () => Promise<void>
let story: string
beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  story = join(dir, 'story.copydesk')
  await writeFile(story, serializeArticleFile(richArticle()))
})
afterEach(() => cleanup())

const USAGE = `Usage: copydesk <command> [options]

Commands:
  info <file.copydesk> [--json]   check a Copydesk article and print its metadata and word count
  analyze <file.txt|.html|.md|.docx|.copydesk> [--json]
                                  find quotes, speakers, sources and sourcing problems
                                  (.txt as it is; any other file as Copydesk imports it, headline first)
  import <file.txt|.html|.md|.docx> -o <out.copydesk> [--whole-page] [--clean]
                                  make a Copydesk article from another file (which is never changed);
                                  a web page comes in as its article with its headline, byline, date and site; --whole-page keeps
                                  everything on the page; --clean drops the lines flagged as not story text
  export <file.copydesk|folder> --format fragment|page|wordpress|markdown|nitf [-o out] [--no-attribution] [--require-approved]
                                  write an article (or every article in a folder) in a newsroom format;
                                  without -o a single article goes to standard output; --require-approved refuses
                                  an article no editor has signed off, or one changed since
  check <file.copydesk> [--json]  list the quotes an editor has not verified and the notes nobody resolved;
                                  exit code 1 when there are any (for a publishing pipeline)
  report <file.copydesk> --format html|csv [-o out]
                                  the attribution report for the standards desk: every quote with speaker, status,
                                  provenance, review and notes (the one output that holds review data)
  send <file.copydesk> --site URL --user NAME [--status draft|pending] [--as-new] [--require-approved]
                                  send an article to WordPress as a draft (or pending review), or update the post it was sent to
                                  before (remembered in the file); the application password is read from COPYDESK_WP_APP_PASSWORD

Exit codes: 0 success, 1 the file could not be read or is not a valid article (or, for check and
--require-approved, is not ready for the CMS; for send, the CMS refused or could not be reached), 2 wrong usage.
`

describe('copydesk without a command', () => {
  it.each([
    [[], 2],
    [['--help'], 0],
    [['-h'], 0],
    [['help'], 0]
  ])('%j prints the usage, exit code %i', async (args, code) => {
    expect(await copydesk(...args)).toEqual({ code, out: USAGE, err: '' })
  })

  it('refuses an unknown command with the usage', async () => {
    expect(await copydesk('frobnicate', story)).toEqual({ code: 2, out: '', err: `copydesk: unknown command "frobnicate".\n\n${USAGE}` })
  })
})

describe('every command refuses a wrong call the same way, with exit code 2 and nothing written', () => {
  it.each([
    [['info'], 'copydesk info: give exactly one file.'],
    [['info', 'a', 'b'], 'copydesk info: give exactly one file.'],
    [['info', '--yaml', 'a'], 'copydesk info: unknown option "--yaml".'],
    [['info', '--json=yes', 'a'], 'copydesk info: unknown option "--json=yes".'],
    [['info', '-jx', 'a'], 'copydesk info: unknown option "-jx".'],
    [['analyze'], 'copydesk analyze: give exactly one file.'],
    [['analyze', '-x', 'a.txt'], 'copydesk analyze: unknown option "-x".'],
    [['import', 'a.txt'], 'copydesk import: give one file to import and -o <out.copydesk>.'],
    [['import', 'a.txt', 'b.txt', '-o', 'OUT'], 'copydesk import: give one file to import and -o <out.copydesk>.'],
    [['import', 'a.txt', '-o'], 'copydesk import: give one file to import and -o <out.copydesk>.'],
    [['import', 'a.txt', '--clean', '--tidy', '-o', 'OUT'], 'copydesk import: unknown option "--tidy".'],
    [['export', 'STORY'], 'copydesk export: --format must be one of fragment, page, wordpress, markdown, nitf.'],
    [['export', 'STORY', '--format'], 'copydesk export: --format must be one of fragment, page, wordpress, markdown, nitf.'],
    [['export', 'STORY', '--format', 'pdf'], 'copydesk export: --format must be one of fragment, page, wordpress, markdown, nitf.'],
    // The format is checked before the files, as it always was.
    [['export', 'a', 'b', '--format', 'pdf'], 'copydesk export: --format must be one of fragment, page, wordpress, markdown, nitf.'],
    [['export', 'a', 'b', '--format', 'markdown'], 'copydesk export: give one .copydesk file or one folder.'],
    [['export', '--format', 'markdown'], 'copydesk export: give one .copydesk file or one folder.'],
    [['export', 'STORY', '--format', 'markdown', '--bogus'], 'copydesk export: unknown option "--bogus".'],
    // An option missing its value is refused, not skipped (before, `-o` at the end printed to standard output).
    [['export', 'STORY', '--format', 'markdown', '-o'], 'copydesk export: -o needs a value.'],
    [['export', 'STORY', '--format', 'markdown', '-o', '--no-attribution'], 'copydesk export: -o needs a value; for one that starts with "-", write --output=<value>.']
  ])('%j', async (args, message) => {
    const before = await readdir(dir)
    const result = await copydesk(...args.map((arg) => (arg === 'STORY' ? story : arg === 'OUT' ? join(dir, 'out.copydesk') : arg)))
    expect(result).toEqual({ code: 2, out: '', err: `${message}\n` })
    expect(await readdir(dir)).toEqual(before)
  })
})

describe('options as parseArgs reads them', () => {
  it('takes long and short names, with the value after a space or an equals sign, and the last one given', async () => {
    const expected = (await copydesk('export', story, '--format', 'markdown')).out
    expect(expected).toMatch(/^# Foreign Ministry/)
    for (const args of [['-f', 'markdown'], ['--format=markdown'], ['-fmarkdown'], ['--format', 'nitf', '-f', 'markdown']]) {
      expect(await copydesk('export', story, ...args), args.join(' ')).toEqual({ code: 0, out: expected, err: '' })
    }
    expect((await copydesk('export', '--no-attribution', '-f', 'fragment', story)).out).not.toContain('data-speaker')
    expect((await copydesk('info', '--json', story, '--json')).code).toBe(0)
    const target = join(dir, '-notes.md')
    expect(await copydesk('export', story, '-f', 'markdown', `--output=${target}`)).toEqual({ code: 0, out: '', err: '' })
    expect(readFileSync(target, 'utf8')).toBe(expected)
  })

  it('ends the options at --, so a file whose name starts with "-" can be named', async () => {
    expect(await copydesk('info', '--json', '--', '-story.copydesk')).toEqual({ code: 1, out: '', err: 'copydesk: Could not open “-story.copydesk”: the file or its folder does not exist.\n' })
    expect(await copydesk('info', '-story.copydesk')).toEqual({ code: 2, out: '', err: 'copydesk info: unknown option "-story.copydesk".\n' })
  })

  it('prints what a command throws as "copydesk: <message>", exit code 1', async () => {
    expect(await copydesk('info', join(dir, 'none.copydesk'))).toEqual({ code: 1, out: '', err: 'copydesk: Could not open “none.copydesk”: the file or its folder does not exist.\n' })
    expect(existsSync(join(dir, 'none.copydesk'))).toBe(false)
  })
})

// A command the way check, report or send will be written: the dispatcher needs nothing else to run it.
const check = defineCommand({
  name: 'check',
  usage: { synopsis: 'check <file.copydesk> [--strict] [--format text|json]', summary: ['a test command'] },
  options: { strict: { type: 'boolean' }, format: { type: 'string', choices: ['text', 'json'] }, rules: { type: 'string', short: 'r', required: 'name the rules with -r.' } },
  operands: { count: 2, wrong: 'give two files.' },
  async run({ operands: [first, second], options }) {
    // Typed: two strings; strict a boolean; format 'text' | 'json' | undefined; rules a string.
    const format: 'text' | 'json' = options.format ?? 'text'
    return Promise.resolve(first.length + second.length + options.rules.length + (options.strict ? 1 : 0) + format.length)
  }
})

describe('parseCommandLine and usageText, for the commands to come', () => {
  it('hands a command its operands and typed options, flags false when absent', () => {
    expect(parseCommandLine(check, ['a', '-r', 'quotes', 'b'])).toEqual({ ok: true, input: { operands: ['a', 'b'], options: { strict: false, rules: 'quotes' } } })
    expect(parseCommandLine(check, ['--strict', 'a', 'b', '--format=json', '--rules='])).toEqual({
      ok: true,
      input: { operands: ['a', 'b'], options: { strict: true, format: 'json', rules: '' } }
    })
  })

  it('refuses with a sentence: a required option, a choice, the count, in that order', () => {
    expect(parseCommandLine(check, ['a'])).toEqual({ ok: false, problem: 'name the rules with -r.' })
    expect(parseCommandLine(check, ['a', '-r', 'x', '--format', 'xml'])).toEqual({ ok: false, problem: '--format must be one of text, json.' })
    expect(parseCommandLine(check, ['a', '-r', 'x', '--format'])).toEqual({ ok: false, problem: '--format needs a value.' })
    expect(parseCommandLine(check, ['a', '-r', 'x'])).toEqual({ ok: false, problem: 'give two files.' })
    expect(parseCommandLine(check, ['a', 'b', '-r', 'x', '--strict=no'])).toEqual({ ok: false, problem: 'unknown option "--strict=no".' })
    expect(parseCommandLine(check, ['a', 'b', '-r', 'x', '--toString'])).toEqual({ ok: false, problem: 'unknown option "--toString".' })
  })

  it('lays out the usage from the synopses: a short one beside its summary, a long one above it', () => {
    const long = { ...check, usage: { synopsis: 'x'.repeat(31), summary: ['one', 'two'] } }
    expect(usageText([check, long]).split('\n').slice(3, 7)).toEqual([
      '  check <file.copydesk> [--strict] [--format text|json]',
      '                                  a test command',
      `  ${'x'.repeat(31)}`,
      '                                  one'
    ])
    const short = { ...check, usage: { synopsis: 'x'.repeat(30), summary: ['one', 'two'] } }
    expect(usageText([short]).split('\n').slice(3, 5)).toEqual([`  ${'x'.repeat(30)}  one`, `${' '.repeat(34)}two`])
  })
})
