import { parseArgs, type ParseArgsConfig } from 'node:util'
import { mustBeOneOf, type Command, type OptionSpecs } from './command'

export type ParsedCommandLine = { ok: true; input: Parameters<Command['run']>[0] } | { ok: false; problem: string }

/**
 * A command's arguments, read once by `node:util` parseArgs against the command's options, then checked as
 * parseArgs' strict mode would — an unknown option, a flag given a value, an option missing its value or
 * taking the next option as its value — but in sentences that name what the user typed. Then each option's
 * choices and whether it is required, in the order the command declares them; then the number of files.
 * `--` ends the options, so a file whose name starts with "-" can be named after it.
 */
export function parseCommandLine(spec: Command, args: string[]): ParsedCommandLine {
  const fail = (problem: string): ParsedCommandLine => ({ ok: false, problem })
  const { tokens, positionals } = parseArgs({ args, options: parseArgsOptions(spec.options), strict: false, allowPositionals: true, tokens: true })
  const values: Record<string, string | boolean> = {}
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined
    if (!option || (option.type === 'boolean' && token.value !== undefined)) return fail(`unknown option "${args[token.index]}".`)
    if (option.type === 'boolean') values[token.name] = true
    else if (token.value === undefined) {
      // At the end of the line: a required option is then missing (and says so below), any other is refused.
      if (!option.required) return fail(`${token.rawName} needs a value.`)
      delete values[token.name]
    } else if (!token.inlineValue && token.value.startsWith('-')) {
      return fail(`${token.rawName} needs a value; for one that starts with "-", write --${token.name}=<value>.`)
    } else values[token.name] = token.value
  }
  for (const [name, option] of Object.entries(spec.options)) {
    const value = values[name]
    if (option.type === 'boolean') values[name] = value === true
    else if (value === undefined && option.required) return fail(option.required === true ? missing(name, option.choices) : option.required)
    else if (typeof value === 'string' && option.choices && !option.choices.includes(value)) return fail(mustBeOneOf(name, option.choices))
  }
  if (positionals.length !== spec.operands.count) return fail(spec.operands.wrong)
  return { ok: true, input: { operands: positionals, options: values } }
}

function missing(name: string, choices: readonly string[] | undefined): string {
  return choices ? mustBeOneOf(name, choices) : `--${name} must be given.`
}

/** The part of each option that parseArgs knows: its type and short name. */
function parseArgsOptions(options: OptionSpecs): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(Object.entries(options).map(([name, { type, short }]) => [name, short === undefined ? { type } : { type, short }]))
}
