/**
 * The shapes storage code shares: the database object, its queries and its dialect. A leaf, so
 * database.ts (which runs the migrations), migrate.ts and dialect.ts can all import it.
 */

export type Dialect = 'sqlite' | 'postgres'

/** Clauses only one dialect has, as constant fragments to nest in a query. */
export interface DialectClauses {
  /**
   * After a `SELECT … LIMIT n` subquery that picks rows to update: on Postgres, concurrent
   * claimers skip rows another transaction has locked instead of queueing behind it
   * (`FOR UPDATE SKIP LOCKED`). SQLite has a single writer, so there is nothing to skip.
   */
  skipLocked(): unknown
}

/** One row as the driver returns it. */
export type Row = Record<string, unknown>

/**
 * A tagged-template query: values become bind parameters, never SQL text. The same shape inside
 * and outside a transaction, so a helper taking a `Query` works in both.
 *
 * @example const rows = await query<UserRow>`SELECT * FROM users WHERE id = ${id}`
 */
export type Query = <R extends object = Row>(strings: TemplateStringsArray, ...values: unknown[]) => Promise<R[]>

export interface Database {
  readonly dialect: Dialect
  /** Connections the pool may open (SQLite: one). */
  readonly maxConnections: number
  /** Runs one statement on its own (autocommit). */
  readonly query: Query
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. Inside
   * `fn` use only `tx` (calling `db` there throws). Await every `tx` query before `fn` returns.
   */
  transaction<T>(fn: (tx: Query) => Promise<T>): Promise<T>
  readonly clauses: DialectClauses
  /** Waits for running work, then closes every connection. */
  close(): Promise<void>
}
