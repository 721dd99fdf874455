import { existsSync, renameSync, rmSync } from 'node:fs'
import { SQL } from 'bun'
import { MIGRATIONS } from './migrations.ts'

/**
 * Online SQLite backups. A plain `cp` of a database in WAL mode misses what is still in the -wal
 * file (a copy taken that way opened with `no such table: videos`); `VACUUM INTO` writes one
 * consistent, compact file from a read transaction, while the server goes on reading and writing.
 */

export type BackupInfo = { bytes: number; schema: number; integrity: string }

const LATEST_MIGRATION = MIGRATIONS.at(-1)?.version ?? 0

/** Opens an existing file only (never creates one). */
const openExisting = (filename: string, readonly: boolean) =>
  readonly
    ? new SQL({ adapter: 'sqlite', filename, readonly: true })
    : new SQL({ adapter: 'sqlite', filename, readwrite: true, create: false })

/** Integrity and schema version of a database file; throws when it is not one of ours. */
export const inspectSqliteFile = async (filename: string): Promise<BackupInfo> => {
  const client = openExisting(filename, true)
  try {
    const [check] = await client`PRAGMA integrity_check`.values()
    const rows = await client`SELECT max(version) AS version FROM schema_migrations`.catch(() => {
      throw new Error(`${filename} is not a Reelsmith database (no schema_migrations table)`)
    })
    return { bytes: Bun.file(filename).size, schema: Number(rows[0]?.version ?? 0), integrity: String(check?.[0]) }
  } catch (error) {
    if (error instanceof Error && /not a database|file is encrypted|malformed/i.test(error.message)) {
      throw new Error(`${filename} is not a SQLite database (${error.message})`)
    }
    throw error
  } finally {
    await client.close()
  }
}

/**
 * Writes a consistent copy of the live database `source` to `target` (which must not exist),
 * through a `.partial` name so an interrupted backup never looks finished, then checks the copy.
 */
export const backupSqlite = async (source: string, target: string): Promise<BackupInfo> => {
  if (!existsSync(source)) throw new Error(`${source} does not exist: nothing to back up (is DATA_DIR right?)`)
  if (existsSync(target)) throw new Error(`${target} already exists: choose a new file name (a backup never overwrites)`)
  const partial = `${target}.partial`
  rmSync(partial, { force: true })
  const client = openExisting(source, false)
  try {
    await client`PRAGMA busy_timeout = 5000`
    await client`VACUUM INTO ${partial}`
  } finally {
    await client.close()
  }
  const info = await inspectSqliteFile(partial)
  if (info.integrity !== 'ok') throw new Error(`the copy failed its integrity check (${info.integrity}); ${partial} kept for inspection`)
  renameSync(partial, target)
  return info
}

/**
 * Replaces the database at `target` with the backup `source`, the caller holding the data-dir lock.
 * The current database is first saved beside it (`<name>.before-restore-<time>`, consistent, WAL
 * included), so a restore of the wrong file loses nothing.
 * @returns where the previous database was saved (undefined when there was none)
 */
export const restoreSqlite = async (source: string, target: string, at: Date): Promise<{ info: BackupInfo; savedAs?: string }> => {
  const info = await inspectSqliteFile(source)
  if (info.integrity !== 'ok') throw new Error(`${source} failed its integrity check (${info.integrity}): not restored`)
  if (info.schema > LATEST_MIGRATION) {
    throw new Error(`${source} has schema ${info.schema}, newer than this binary's ${LATEST_MIGRATION}: restore it with the newer binary`)
  }
  let savedAs: string | undefined
  if (existsSync(target)) {
    savedAs = `${target}.before-restore-${at.toISOString().replace(/[:.]/g, '-')}`
    await backupSqlite(target, savedAs)
  }
  const staged = `${target}.restoring`
  rmSync(staged, { force: true })
  await Bun.write(staged, Bun.file(source))
  // The old WAL and shared memory belong to the old file: left behind, SQLite would replay them onto the new one.
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(staged, target)
  return { info, ...(savedAs && { savedAs }) }
}
