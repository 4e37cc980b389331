/** Where a command writes: `out` is standard output, `err` standard error, one message a call. */
export interface CliIO {
  out: (text: string) => void
  err: (text: string) => void
}

/** An option that is there or not: `--json`. */
export interface FlagOption {
  type: 'boolean'
  short?: string
}

/** An option that takes a value: `--format markdown`, `--format=markdown`, `-f markdown`. */
export interface ValueOption {
  type: 'string'
  short?: string
  /** The only values it takes; any other is refused with "--name must be one of …". */
  choices?: readonly string[]
  /** It must be given: `true` to say so with its choices, or the sentence to say. */
  required?: true | string
}

export type OptionSpec = FlagOption | ValueOption
export type OptionSpecs = Record<string, OptionSpec>

/** What a command's run function receives for its options: flags as booleans, values typed by their spec. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]: O[K] extends FlagOption
    ? boolean
    : O[K] extends { choices: readonly (infer C)[]; required: true | string }
      ? C
      : O[K] extends { choices: readonly (infer C)[] }
        ? C | undefined
        : O[K] extends { required: true | string }
          ? string
          : string | undefined
}

/** N strings, as a tuple: the operands of a command that takes N. */
type Strings<N extends number, T extends string[] = []> = number extends N ? string[] : T['length'] extends N ? T : Strings<N, [...T, string]>

export interface CommandInput<O extends OptionSpecs, N extends number> {
  /** The files or folders named, as many as `operands.count` says. */
  operands: Strings<N>
  options: OptionValues<O>
}

export interface Usage {
  /** How it is called, after "copydesk": `info <file.copydesk> [--json]`. */
  synopsis: string
  /** What it does, one line or more. */
  summary: string[]
}

/**
 * One subcommand: its name, its lines of the usage text, its options and how many files it takes (checked by
 * the dispatcher before `run` is called), and what it does. `run` answers the exit code; an error it throws
 * is printed as "copydesk: <message>" with exit code 1.
 */
export interface CommandSpec<O extends OptionSpecs, N extends number> {
  name: string
  usage: Usage
  options: O
  operands: {
    count: N
    /** What to say when there are more or fewer. */
    wrong: string
  }
  // A method, so that a command with its own options still fits in the dispatcher's table (see Command).
  run(input: CommandInput<O, N>, io: CliIO): Promise<number>
}

/**
 * A command as the dispatcher's table holds it, whatever its options. Every CommandSpec is one: `run` is a
 * method, whose parameter TypeScript compares both ways, and the dispatcher calls it only with what
 * parseCommandLine checked against the same command.
 */
export interface Command {
  name: string
  usage: Usage
  options: OptionSpecs
  operands: { count: number; wrong: string }
  run(input: { operands: string[]; options: Record<string, string | boolean | undefined> }, io: CliIO): Promise<number>
}

/** Declares a command, keeping the literal types of its options and operand count, so `run` receives typed values. */
export function defineCommand<const O extends OptionSpecs, const N extends number>(spec: CommandSpec<O, N>): CommandSpec<O, N> {
  return spec
}

/** The refusal of a value that is not one of an option's choices. */
export function mustBeOneOf(name: string, choices: readonly string[]): string {
  return `--${name} must be one of ${choices.join(', ')}.`
}
