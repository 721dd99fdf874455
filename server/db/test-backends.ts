import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SQL } from 'bun'
import { silentLogger } from '../log.ts'
import { postgresBinDirForTests } from '../testing/postgres-server.ts'
import { acquirePostgres, type PostgresLease } from '../testing/shared-postgres.ts'
import { openDatabase } from './database.ts'
import type { Database, Dialect } from './types.ts'

/**
 * The databases every storage test runs on: SQLite (a temp dir per test file) and a real Postgres
 * (one cluster per test process, see server/testing/shared-postgres.ts; a fresh database per test
 * file, a fresh schema per test). Write a test once:
 *
 * @example
 * describe.each(testBackends())('users on $name', (backend) => {
 *   beforeAll(() => backend.start())
 *   afterEach(() => backend.closeAll())
 *   afterAll(() => backend.stop())
 *   test('…', async () => { const db = await backend.openFresh() })
 * })
 *
 * Without Postgres installed the list is SQLite only (with a warning), except in CI, where it throws.
 */
export interface TestBackend {
  readonly name: Dialect
  /** beforeAll: creates the temp dir / this file's Postgres database (starting the cluster if none runs). */
  start(): Promise<void>
  /** The DATABASE_URL of a new, empty database. */
  freshUrl(): Promise<string>
  /** Opens `url` (migrated unless `migrate: false`); closed again by closeAll(). Open one url twice to get two "replicas". */
  open(url: string, options?: { migrate?: boolean; poolSize?: number }): Promise<Database>
  /** freshUrl() + open(): an empty, migrated database. */
  openFresh(): Promise<Database>
  /** afterEach: closes every database this backend opened. */
  closeAll(): Promise<void>
  /** afterAll: closeAll(), then removes the temp dir / releases the cluster. */
  stop(): Promise<void>
}

const createBackend = (
  name: Dialect,
  hooks: { start(): Promise<void>; freshUrl(): Promise<string>; stop(): Promise<void>; dataDir(): string },
): TestBackend => {
  const opened: Database[] = []
  const backend: TestBackend = {
    name,
    start: hooks.start,
    freshUrl: hooks.freshUrl,
    async open(url, options = {}) {
      const db = await openDatabase({ url, dataDir: hooks.dataDir(), logger: silentLogger, ...options })
      opened.push(db)
      return db
    },
    async openFresh() {
      return backend.open(await hooks.freshUrl())
    },
    async closeAll() {
      await Promise.all(opened.splice(0).map((db) => db.close()))
    },
    async stop() {
      await backend.closeAll()
      await hooks.stop()
    },
  }
  return backend
}

const sqliteBackend = (): TestBackend => {
  let dir = ''
  let files = 0
  return createBackend('sqlite', {
    start: async () => {
      dir = mkdtempSync(join(tmpdir(), 'reelsmith-db-'))
    },
    freshUrl: async () => `sqlite://${join(dir, `test-${++files}.db`)}`,
    stop: async () => rmSync(dir, { recursive: true, force: true }),
    dataDir: () => dir,
  })
}

const postgresBackend = (binDir: string): TestBackend => {
  let lease: PostgresLease | undefined
  let admin: SQL | undefined
  let databaseUrl = ''
  let schemas = 0
  return createBackend('postgres', {
    start: async () => {
      lease = await acquirePostgres(binDir)
      databaseUrl = await lease.server.createDatabase()
      admin = new SQL(databaseUrl, { max: 1 })
    },
    // A schema per test, selected by search_path: as isolated as a database for our unqualified
    // table names, and ~10 ms instead of CREATE DATABASE's 25-250 ms on a busy disk.
    freshUrl: async () => {
      if (!admin) throw new Error('call backend.start() in beforeAll first')
      const schema = `test_${++schemas}`
      await admin`CREATE SCHEMA ${admin(schema)}`
      return `${databaseUrl}?search_path=${schema}`
    },
    stop: async () => {
      await admin?.close()
      await lease?.release()
    },
    dataDir: () => tmpdir(), // unused with a postgres:// URL
  })
}

/** SQLite always; Postgres when installed (required when CI=true). */
export const testBackends = (): TestBackend[] => {
  const binDir = postgresBinDirForTests()
  return binDir ? [sqliteBackend(), postgresBackend(binDir)] : [sqliteBackend()]
}
