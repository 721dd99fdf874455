import { resolve } from 'node:path'
import { backupSqlite } from '../db/backup.ts'
import { resolveLocation } from '../db/dialect.ts'
import { commandConfig } from './command-config.ts'
import { EXIT, type Command } from './io.ts'
import { parseOneArgument } from './parse-args.ts'

const USAGE = `Usage: reelsmith backup FILE

Writes a consistent copy of the SQLite database under DATA_DIR to FILE (which must not exist), while
the server keeps running: SQLite's VACUUM INTO, then an integrity check of the copy. Do not copy the
.db file with cp: in WAL mode recent writes are still in the -wal file beside it.
With DATABASE_URL (Postgres) it prints the pg_dump command to use instead.

Exit codes: 0 written, 1 failed (or Postgres: nothing written), 2 usage error.`

export const backupCommand: Command = {
  async run(args, io) {
    const file = parseOneArgument(args, 'FILE', USAGE, io)
    if (file === 'help') return EXIT.ok
    if (file === undefined) return EXIT.usage
    const config = commandConfig(io)
    if (!config) return EXIT.failure
    const target = resolve(file)
    const location = resolveLocation(config.DATABASE_URL, config.DATA_DIR)
    if (location.dialect === 'postgres') {
      io.err(
        `The database is Postgres (DATABASE_URL): back it up with pg_dump, consistent while the servers run:\n  pg_dump --format=custom --file=${JSON.stringify(target)} "$DATABASE_URL"\nRestore with: pg_restore --clean --if-exists --dbname="$DATABASE_URL" ${JSON.stringify(target)}`,
      )
      return EXIT.failure
    }
    if (location.filename === ':memory:') {
      io.err('DATABASE_URL is sqlite://:memory:: there is no file to back up')
      return EXIT.failure
    }
    try {
      const info = await backupSqlite(location.filename, target)
      io.out(`Backup written: ${target} (${info.bytes} bytes, schema ${info.schema}, integrity ${info.integrity})`)
      return EXIT.ok
    } catch (error) {
      io.err(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
      return EXIT.failure
    }
  },
}
