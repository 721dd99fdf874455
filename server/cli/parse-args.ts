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
