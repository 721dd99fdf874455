import { resolve } from 'node:path'
import { restoreSqlite } from '../db/backup.ts'
import { resolveLocation } from '../db/dialect.ts'
import { openDatabase } from '../db/index.ts'
import { createLogger } from '../log.ts'
import { acquireDataDirLock, DataDirLockedError, lockPathFor } from '../process/data-dir-lock.ts'
import { commandConfig } from './command-config.ts'
import { EXIT, type Command } from './io.ts'
import { parseOneArgument } from './parse-args.ts'

const USAGE = `Usage: reelsmith restore FILE

Replaces the SQLite database under DATA_DIR with FILE, a backup made by \`reelsmith backup\`. Stop
the server first: it refuses while a server holds the data directory. The database it replaces is
kept beside it as reelsmith.db.before-restore-<time>; an older backup is migrated to this binary's
schema. With DATABASE_URL (Postgres) it prints the pg_restore command to use instead.

Exit codes: 0 restored, 1 failed (server running, not a backup, newer schema; nothing changed),
2 usage error.`

export const restoreCommand: Command = {
  async run(args, io) {
    const file = parseOneArgument(args, 'FILE', USAGE, io)
    if (file === 'help') return EXIT.ok
    if (file === undefined) return EXIT.usage
    const config = commandConfig(io)
    if (!config) return EXIT.failure
    const source = resolve(file)
    const location = resolveLocation(config.DATABASE_URL, config.DATA_DIR)
    if (location.dialect === 'postgres') {
      io.err(
        `The database is Postgres (DATABASE_URL): stop the servers, then\n  pg_restore --clean --if-exists --dbname="$DATABASE_URL" ${JSON.stringify(source)}`,
      )
      return EXIT.failure
    }
    const lockPath = lockPathFor(location)
    if (!lockPath) {
      io.err('DATABASE_URL is sqlite://:memory:: there is no file to restore into')
      return EXIT.failure
    }
    let lock: ReturnType<typeof acquireDataDirLock>
    try {
      lock = acquireDataDirLock(lockPath)
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) throw error
      io.err(`Refused, nothing changed: ${error.message}`)
      return EXIT.failure
    }
    try {
      const { info, savedAs } = await restoreSqlite(source, location.filename, new Date())
      // Brings an older backup to this binary's schema now, rather than at the next start.
      const db = await openDatabase({
        url: config.DATABASE_URL,
        dataDir: config.DATA_DIR,
        logger: createLogger({ level: config.LOG_LEVEL, sink: io.err }),
      })
      await db.close()
      io.out(`Restored ${source} (schema ${info.schema}) into ${location.filename}`)
      if (savedAs) io.out(`The database it replaced: ${savedAs}`)
      return EXIT.ok
    } catch (error) {
      io.err(`Restore failed: ${error instanceof Error ? error.message : String(error)}`)
      return EXIT.failure
    } finally {
      lock.release()
    }
  },
}
