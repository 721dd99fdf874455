import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { CommandIo } from './io.ts'

/** Every command takes `--help`. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const

/**
 * node:util parseArgs; a parse error (unknown option, a missing value) is printed with the usage
 * and comes back as `undefined`, for the caller to exit 2.
 */
export const parseCommandArgs = <T extends ParseArgsConfig>(
  config: T,
  usage: string,
  io: CommandIo,
): ReturnType<typeof parseArgs<T>> | undefined => {
  try {
    return parseArgs(config)
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
    return undefined
  }
}

/**
 * The arguments of a command that takes `--help` and exactly one positional (`FILE`, `EMAIL`):
 * `'help'` once the usage is printed (exit 0), the value, or `undefined` when the usage error is
 * printed (exit 2).
 */
export const parseOneArgument = (args: string[], name: string, usage: string, io: CommandIo): string | 'help' | undefined => {
  const parsed = parseCommandArgs({ args, options: HELP_OPTION, allowPositionals: true, strict: true }, usage, io)
  if (!parsed) return undefined
  if (parsed.values.help) {
    io.out(usage)
    return 'help'
  }
  return onePositional(parsed.positionals, name, usage, io)
}

/** The one positional a command takes; undefined (usage printed) when there is none or more. */
export const onePositional = (positionals: string[], name: string, usage: string, io: CommandIo): string | undefined => {
  if (positionals.length === 1) return positionals[0]!
  io.err(`${positionals.length ? `Expected one ${name}, got ${positionals.length} arguments` : `Missing ${name}`}.\n\n${usage}`)
  return undefined
}
