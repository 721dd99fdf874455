import { silentLogger, type Logger } from '../log.ts'
import type { Database } from './types.ts'
import { lockForMigrations } from './dialect.ts'
import { MIGRATIONS, type Migration } from './migrations.ts'
import { toNumber } from './rows.ts'

export interface MigrateOptions {
  /** @default MIGRATIONS */
  migrations?: readonly Migration[]
  logger?: Logger
  now?: () => number
}

/** The database was migrated by a newer build: this one does not know its tables, so it must not write to them. */
export class SchemaNewerError extends Error {
  override name = 'SchemaNewerError'
  constructor(
    readonly databaseVersion: number,
    readonly buildVersion: number,
  ) {
    super(
      `the database schema is version ${databaseVersion}, newer than this binary's ${buildVersion}: run the newer binary, or restore a backup made by this one (reelsmith restore FILE)`,
    )
  }
}

const assertOrdered = (migrations: readonly Migration[]) => {
  let previous = 0
  for (const { version, name } of migrations) {
    if (!Number.isInteger(version) || version <= previous) {
      throw new TypeError(`migration versions must be positive integers in increasing order: ${version} (${name}) follows ${previous}`)
    }
    previous = version
  }
}

/**
 * Applies every migration not yet recorded in schema_migrations (refusing, with SchemaNewerError, a
 * database a newer build migrated), each in its own transaction
 * that first takes the migration lock and then re-reads what is applied, so replicas starting
 * together neither run one twice nor see a half-built schema. Safe to run on every start.
 *
 * @returns the versions this call applied (empty when the schema was current)
 */
export const migrate = async (db: Database, options: MigrateOptions = {}): Promise<number[]> => {
  const migrations = options.migrations ?? MIGRATIONS
  const logger = options.logger ?? silentLogger
  const now = options.now ?? Date.now
  assertOrdered(migrations)

  const applied: number[] = []
  if (migrations.length === 0) return applied
  const latestKnown = migrations.at(-1)?.version ?? 0
  // Before applying anything: a newer schema may have changed what an older migration would touch.
  const before = await schemaVersion(db)
  if (before > latestKnown) throw new SchemaNewerError(before, latestKnown)
  // Current (they are applied in order, so the newest one means all): a restart opens no
  // transaction at all, one per migration otherwise.
  if (before === latestKnown) return applied
  for (const migration of migrations) {
    const started = performance.now()
    const ran = await db.transaction(async (tx) => {
      await lockForMigrations(tx, db.dialect)
      // Inside the lock: two replicas racing on CREATE TABLE IF NOT EXISTS can both fail on Postgres.
      await tx`CREATE TABLE IF NOT EXISTS schema_migrations (
        version    INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        applied_at BIGINT NOT NULL
      )`
      const done = await tx`SELECT version FROM schema_migrations WHERE version = ${migration.version}`
      if (done.length > 0) return false
      await migration.up(tx, db.dialect)
      await tx`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${migration.version}, ${migration.name}, ${now()})`
      return true
    })
    if (!ran) continue
    applied.push(migration.version)
    logger.info('migration applied', { version: migration.version, name: migration.name, ms: Math.round(performance.now() - started) })
  }
  return applied
}

/** The newest applied migration's version; 0 for a database never migrated. */
export const schemaVersion = async (db: Database): Promise<number> => {
  try {
    const [newest] = await db.query<{ version: unknown }>`SELECT max(version) AS version FROM schema_migrations`
    return newest?.version == null ? 0 : toNumber(newest.version)
  } catch (error) {
    if (/schema_migrations/.test(error instanceof Error ? error.message : '')) return 0
    throw error
  }
}

/** Versions recorded as applied, in order. */
export const appliedMigrations = async (db: Database): Promise<number[]> =>
  (await db.query<{ version: unknown }>`SELECT version FROM schema_migrations ORDER BY version`).map((row) => toNumber(row.version))
