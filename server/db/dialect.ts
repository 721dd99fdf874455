import { isAbsolute, join } from 'node:path'
import type { SQL } from 'bun'
import type { Dialect, DialectClauses, Query } from './types.ts'

/**
 * Everything that differs between SQLite and Postgres lives here. The schema itself is portable
 * (TEXT ids, BIGINT epoch-ms, TEXT JSON, ON CONFLICT, RETURNING), so the list is short.
 * One more difference is handled in rows.ts: Postgres returns BIGINT and SUM() as strings.
 */

export type DatabaseLocation = { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; url: string }

export const SQLITE_FILE_NAME = 'reelsmith.db'

/**
 * Which database DATABASE_URL names: a postgres:// URL, a sqlite:// URL (path after the scheme,
 * `sqlite://:memory:` included), or nothing, meaning the SQLite file under DATA_DIR.
 */
export const resolveLocation = (url: string | undefined, dataDir: string): DatabaseLocation => {
  if (!url) return { dialect: 'sqlite', filename: join(dataDir, SQLITE_FILE_NAME) }
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url }
  const sqlite = /^sqlite:\/\/([^?]+)/.exec(url)
  if (sqlite?.[1]) {
    const path = sqlite[1]
    return { dialect: 'sqlite', filename: path === ':memory:' || isAbsolute(path) ? path : join(process.cwd(), path) }
  }
  throw new TypeError(
    `DATABASE_URL must be postgres://…, postgresql://… or sqlite://<path>, got ${JSON.stringify(url.replace(/\/\/[^@/]*@/, '//…@'))}`,
  )
}

/** For logs: the file, or host/database with the credentials left out. */
export const describeLocation = (location: DatabaseLocation): string => {
  if (location.dialect === 'sqlite') return location.filename
  const url = new URL(location.url)
  return `${url.hostname}:${url.port || 5432}${url.pathname}`
}

export const dialectClauses = (client: SQL, dialect: Dialect): DialectClauses => ({
  skipLocked: () => client.unsafe(dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : ''),
})

/** An arbitrary constant: the key of the Postgres advisory lock that serializes migrations across replicas. */
export const MIGRATION_LOCK_KEY = 7_310_242_001

/**
 * Makes the current transaction the only one migrating. Postgres: a transaction-scoped advisory
 * lock, released by COMMIT/ROLLBACK, so two replicas starting at once take turns. SQLite: the
 * database object already runs one transaction at a time (see database.ts).
 */
export const lockForMigrations = async (tx: Query, dialect: Dialect): Promise<void> => {
  if (dialect === 'postgres') await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`
}
