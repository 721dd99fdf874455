import { emailSchema } from '../services/accounts.ts'
import type { CommandIo } from './io.ts'

/** An EMAIL argument normalised as sign-up normalises it; undefined (usage printed) when malformed. */
export const emailArgument = (argument: string, usage: string, io: CommandIo): string | undefined => {
  const parsed = emailSchema.safeParse(argument)
  if (!parsed.success) {
    io.err(`Not an email address: ${argument}\n\n${usage}`)
    return undefined
  }
  return parsed.data
}
