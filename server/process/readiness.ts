import { constants } from 'node:fs'
import { access, statfs } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { L2State } from '../cache/redis-tier.ts'
import type { DatabaseLocation } from '../db/dialect.ts'
import { appliedMigrations, type Database } from '../db/index.ts'
import { MIGRATIONS } from '../db/migrations.ts'

/** One line of /readyz: what was checked, whether it passed, and why not in words an operator acts on. */
export type Check = { ok: boolean; detail: string }
export type Readiness = {
  ready: boolean
  /** The first failed check's detail: why a load balancer should send nothing here. */
  reason?: string
  checks: { shutdown: Check; database: Check; migrations: Check; redis: Check; disk: Check }
}

export type ReadinessDeps = {
  db: Database
  location: DatabaseLocation
  dataDir: string
  /** Below this many free bytes under DATA_DIR, not ready (MIN_FREE_DISK_MB). */
  minFreeBytes: number
  redisState: () => L2State | 'disabled'
  draining: () => boolean
}

const LATEST_MIGRATION = MIGRATIONS.at(-1)?.version ?? 0

const failure = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** SQLite: the file and its directory (the WAL and the journal are created there) writable; Postgres: not a read-only standby. */
const databaseWritable = async (db: Database, location: DatabaseLocation): Promise<Check> => {
  try {
    if (location.dialect === 'sqlite') {
      await db.query`SELECT 1`
      if (location.filename === ':memory:') return { ok: true, detail: 'sqlite in memory' }
      for (const path of [location.filename, dirname(location.filename)]) {
        try {
          await access(path, constants.W_OK)
        } catch {
          return { ok: false, detail: `${path} is not writable by this process (fix its owner or mode)` }
        }
      }
      return { ok: true, detail: `sqlite ${location.filename} writable` }
    }
    const [row] = await db.query<{ read_only: string }>`SELECT current_setting('transaction_read_only') AS read_only`
    return row?.read_only === 'off'
      ? { ok: true, detail: 'postgres writable' }
      : { ok: false, detail: 'postgres is read-only (a standby?): point DATABASE_URL at the primary' }
  } catch (error) {
    return { ok: false, detail: `database unreachable: ${failure(error)}` }
  }
}

const migrationsCurrent = async (db: Database): Promise<Check> => {
  try {
    const applied = (await appliedMigrations(db)).at(-1) ?? 0
    if (applied === LATEST_MIGRATION) return { ok: true, detail: `schema ${applied}` }
    return applied < LATEST_MIGRATION
      ? { ok: false, detail: `schema ${applied}, this build needs ${LATEST_MIGRATION}: run \`reelsmith migrate\`` }
      : { ok: false, detail: `schema ${applied} is newer than this build (${LATEST_MIGRATION}): run the newer binary` }
  } catch (error) {
    return { ok: false, detail: `migrations unreadable: ${failure(error)}` }
  }
}

const diskSpace = async (dataDir: string, minFreeBytes: number): Promise<Check> => {
  try {
    const stats = await statfs(dataDir)
    const free = stats.bavail * stats.bsize
    const mb = (bytes: number) => `${Math.floor(bytes / 1024 / 1024)} MB`
    return free >= minFreeBytes
      ? { ok: true, detail: `${mb(free)} free under ${dataDir}` }
      : { ok: false, detail: `${mb(free)} free under ${dataDir}, below MIN_FREE_DISK_MB (${mb(minFreeBytes)}): free some space` }
  } catch (error) {
    return { ok: false, detail: `cannot read the free space of ${dataDir}: ${failure(error)}` }
  }
}

/**
 * What /readyz and /healthz report. Redis down is shown but does not make the process unready: the
 * cache then serves from memory and the origin, and taking every replica out at once would turn a
 * degraded cache into an outage.
 */
export const createReadiness = (deps: ReadinessDeps) => async (): Promise<Readiness> => {
  const [database, migrations, disk] = await Promise.all([
    databaseWritable(deps.db, deps.location),
    migrationsCurrent(deps.db),
    diskSpace(deps.dataDir, deps.minFreeBytes),
  ])
  const redisState = deps.redisState()
  const checks = {
    shutdown: deps.draining() ? { ok: false, detail: 'shutting down' } : { ok: true, detail: 'serving' },
    database,
    migrations,
    redis: { ok: true, detail: redisState === 'up' || redisState === 'disabled' ? redisState : `${redisState} (serving from memory)` },
    disk,
  }
  const failed = Object.values(checks).find((check) => !check.ok)
  return { ready: !failed, ...(failed && { reason: failed.detail }), checks }
}
