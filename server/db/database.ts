import { AsyncLocalStorage } from 'node:async_hooks'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { SQL } from 'bun'
import type { Logger } from '../log.ts'
import { describeLocation, dialectClauses, resolveLocation } from './dialect.ts'
import { migrate } from './migrate.ts'
import type { Database, Query } from './types.ts'

export interface OpenDatabaseOptions {
  /** DATABASE_URL: postgres://… / postgresql://… or sqlite://<path>. Default: SQLite file in dataDir. */
  url?: string | undefined
  /** DATA_DIR: where the default SQLite file lives (created if missing). */
  dataDir: string
  logger: Logger
  /** Run pending migrations before returning. @default true */
  migrate?: boolean
  /** Postgres connection pool size per process. @default 10 */
  poolSize?: number
}

/** Why these: WAL lets readers run during a write; NORMAL is durable in WAL mode except on power loss; FKs are off by default in SQLite. */
const SQLITE_PRAGMAS = async (client: SQL) => {
  await client`PRAGMA journal_mode = WAL`
  await client`PRAGMA synchronous = NORMAL`
  await client`PRAGMA foreign_keys = ON`
  await client`PRAGMA busy_timeout = 5000`
}

/** Bun gives transactions the full client; repositories only need the tagged-template call. */
const asQuery =
  (client: SQL): Query =>
  (strings, ...values) =>
    client(strings, ...values)

/**
 * Marks the async flow of a transaction's callback, so that using `db` instead of `tx` in there
 * fails loudly: on SQLite it would wait for its own transaction forever, on Postgres it would
 * quietly run outside the transaction.
 */
const transactionScope = new AsyncLocalStorage<{ open: boolean }>()

const refuseInsideTransaction = () => {
  if (transactionScope.getStore()?.open) {
    throw new Error('db.query/db.transaction called inside a db.transaction callback: use the `tx` it receives')
  }
}

const runScoped = async <T>(run: () => Promise<T>): Promise<T> => {
  const scope = { open: true }
  try {
    return await transactionScope.run(scope, run)
  } finally {
    scope.open = false
  }
}

const ignore = () => {}

/**
 * SQLite in Bun is one connection, and a statement sent while a transaction is open runs inside
 * it: an unrelated request's INSERT would silently vanish if that transaction rolls back
 * (measured on Bun 1.4.4). So on SQLite, plain statements wait while a transaction is open, and
 * transactions take turns. SQLite runs a statement synchronously inside `.execute()`, so once a
 * statement sees "no transaction open" nothing can open one before it has run.
 */
const createSqliteDatabase = (client: SQL): Database => {
  let open: Promise<unknown> | null = null
  const settled = (promise: Promise<unknown>) => promise.then(ignore, ignore)
  // Each waiter re-checks `open` after waking and acts in the same synchronous step; a helper
  // function returning "idle" would hand control back one microtask later, too late.
  return {
    dialect: 'sqlite',
    maxConnections: 1,
    clauses: dialectClauses(client, 'sqlite'),
    query: async (strings, ...values) => {
      refuseInsideTransaction()
      while (open) await settled(open)
      return client(strings, ...values).execute()
    },
    async transaction(fn) {
      refuseInsideTransaction()
      while (open) await settled(open)
      const run = runScoped(() => client.begin((tx) => fn(asQuery(tx))))
      open = run
      try {
        return (await run) as Awaited<ReturnType<typeof fn>>
      } finally {
        open = null
      }
    },
    async close() {
      while (open) await settled(open)
      await client.close()
    },
  }
}

const createPostgresDatabase = (client: SQL, maxConnections: number): Database => ({
  dialect: 'postgres',
  maxConnections,
  clauses: dialectClauses(client, 'postgres'),
  query: async (strings, ...values) => {
    refuseInsideTransaction()
    return client(strings, ...values)
  },
  async transaction(fn) {
    refuseInsideTransaction()
    return (await runScoped(() => client.begin((tx) => fn(asQuery(tx))))) as Awaited<ReturnType<typeof fn>>
  },
  close: () => client.close({ timeout: 5 }),
})

/**
 * Opens the database named by DATABASE_URL (SQLite file under DATA_DIR by default) and runs
 * pending migrations, so the returned database is ready for the repositories.
 *
 * @example
 * const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, logger })
 * const repos = createRepositories(db)
 */
export const openDatabase = async (options: OpenDatabaseOptions): Promise<Database> => {
  const location = resolveLocation(options.url, options.dataDir)
  const logger = options.logger.child({ component: 'db' })
  let db: Database
  if (location.dialect === 'sqlite') {
    if (location.filename !== ':memory:') mkdirSync(dirname(location.filename), { recursive: true })
    const client = new SQL({ adapter: 'sqlite', filename: location.filename, create: true, readwrite: true })
    await SQLITE_PRAGMAS(client)
    db = createSqliteDatabase(client)
  } else {
    const max = options.poolSize ?? 10
    const client = new SQL(location.url, { max, connectionTimeout: 10, idleTimeout: 60 })
    await client`SELECT 1` // fail at start-up, not on the first request
    db = createPostgresDatabase(client, max)
  }
  logger.info('database opened', { dialect: db.dialect, location: describeLocation(location) })
  if (options.migrate === false) return db
  try {
    await migrate(db, { logger })
  } catch (error) {
    await db.close()
    throw error
  }
  return db
}
