import { mkdir } from 'node:fs/promises'
import { ConfigError, loadConfig, type Config } from '../config.ts'
import { createRepositories, openDatabase, type Database } from '../db/index.ts'
import { SESSION_TTL_MS } from '../http/session.ts'
import { createLogger } from '../log.ts'
import { createAccounts, type Accounts } from '../services/accounts.ts'
import { createPasswordHasher } from '../services/password.ts'
import { EXIT, type CommandIo, type ExitCode } from './io.ts'

/**
 * Runs `work` on the accounts service over the server's own database (DATA_DIR or DATABASE_URL,
 * migrated as the server would), then closes it. A bad configuration or an unreachable database is
 * a failure (1). Log lines go to stderr: stdout is the command's answer.
 */
export const withAccounts = async (io: CommandIo, work: (accounts: Accounts) => Promise<ExitCode>): Promise<ExitCode> => {
  let config: Config
  try {
    config = loadConfig(io.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.err(error.message)
    return EXIT.failure
  }
  const logger = createLogger({ level: config.LOG_LEVEL, sink: io.err })
  let db: Database
  try {
    if (!config.DATABASE_URL) await mkdir(config.DATA_DIR, { recursive: true })
    db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, logger })
  } catch (error) {
    io.err(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT.failure
  }
  try {
    const repos = createRepositories(db)
    return await work(
      createAccounts({ users: repos.users, sessions: repos.sessions, hasher: createPasswordHasher(), sessionTtlMs: SESSION_TTL_MS }),
    )
  } finally {
    await db.close()
  }
}
