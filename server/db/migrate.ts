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
 * Applies every migration not yet recorded in schema_migrations, each in its own transaction
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

  const [newest] = await db.query<{ version: unknown }>`SELECT max(version) AS version FROM schema_migrations`
  const latestKnown = migrations.at(-1)?.version ?? 0
  if (newest && toNumber(newest.version) > latestKnown) {
    logger.warn('database schema is newer than this build', { databaseVersion: toNumber(newest.version), buildVersion: latestKnown })
  }
  return applied
}

/** Versions recorded as applied, in order. */
export const appliedMigrations = async (db: Database): Promise<number[]> =>
  (await db.query<{ version: unknown }>`SELECT version FROM schema_migrations ORDER BY version`).map((row) => toNumber(row.version))
