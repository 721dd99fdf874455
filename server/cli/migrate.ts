import { migrate, openDatabase, SchemaNewerError } from '../db/index.ts'
import { MIGRATIONS } from '../db/migrations.ts'
import { createLogger } from '../log.ts'
import { DataDirLockedError, holdDataDir } from '../process/data-dir-lock.ts'
import { commandConfig } from './command-config.ts'
import { EXIT, type Command } from './io.ts'
import { HELP_OPTION, parseCommandArgs } from './parse-args.ts'

const USAGE = `Usage: reelsmith migrate

Applies the migrations this binary knows to the database the server uses (DATA_DIR or
DATABASE_URL), then exits; \`serve\` does the same at start, so this is for upgrading ahead of a
restart, or on one host before several replicas start. Replicas migrating at once take turns.
On SQLite it refuses while a server holds the data directory: stop it first.

Exit codes: 0 current (applied or nothing to do), 1 failed (the schema is newer than this binary,
the database unreachable), 2 usage error.`

export const migrateCommand: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs({ args, options: HELP_OPTION, allowPositionals: false, strict: true }, USAGE, io)
    if (!parsed) return EXIT.usage
    if (parsed.values.help) {
      io.out(USAGE)
      return EXIT.ok
    }
    const config = commandConfig(io)
    if (!config) return EXIT.failure
    // Each applied migration is also a log line, on stderr: stdout is the command's answer.
    const logger = createLogger({ level: config.LOG_LEVEL, sink: io.err })
    let lock: ReturnType<typeof holdDataDir>
    try {
      lock = holdDataDir(config)
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) throw error
      io.err(`Refused: ${error.message}`)
      return EXIT.failure
    }
    try {
      const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, logger, migrate: false })
      try {
        const applied = await migrate(db, { logger })
        const latest = MIGRATIONS.at(-1)?.version ?? 0
        io.out(applied.length ? `Applied migrations ${applied.join(', ')}: schema ${latest}` : `Schema ${latest}: already current`)
        return EXIT.ok
      } finally {
        await db.close()
      }
    } catch (error) {
      io.err(
        error instanceof SchemaNewerError
          ? `Refused: ${error.message}`
          : `Cannot migrate: ${error instanceof Error ? error.message : String(error)}`,
      )
      return EXIT.failure
    } finally {
      lock?.release()
    }
  },
}
