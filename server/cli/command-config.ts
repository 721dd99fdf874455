import { ConfigError, loadConfig, type Config } from '../config.ts'
import type { CommandIo } from './io.ts'

/** The server's configuration for an operator command; undefined (the message printed) when it is bad. */
export const commandConfig = (io: CommandIo): Config | undefined => {
  try {
    return loadConfig(io.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.err(error.message)
    return undefined
  }
}

/** Passwords in a URL stay out of terminals and logs. */
export const withoutCredentials = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@')
