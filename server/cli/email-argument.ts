import { emailSchema } from '../services/accounts.ts'
import type { CommandIo } from './io.ts'

/** The one EMAIL positional both admin commands take, normalised as sign-up normalises it; undefined (usage printed) when absent or malformed. */
export const emailArgument = (positionals: string[], usage: string, io: CommandIo): string | undefined => {
  if (positionals.length !== 1) {
    io.err(`${positionals.length ? `Expected one EMAIL, got ${positionals.length} arguments` : 'Missing EMAIL'}.\n\n${usage}`)
    return undefined
  }
  const parsed = emailSchema.safeParse(positionals[0])
  if (!parsed.success) {
    io.err(`Not an email address: ${positionals[0]}\n\n${usage}`)
    return undefined
  }
  return parsed.data
}
