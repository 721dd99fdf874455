/**
 * Database metrics, per repository operation (`videos.findById`, …: a fixed set, so the labels stay
 * bounded): calls by outcome, their latency, and the calls in flight; and the connection pool's
 * size (SQLite: one connection). Wrapping the repositories, not the driver, names the operation a
 * slow query belongs to. Built once at start-up; the worker and the requests share it.
 */
import type { Repositories } from '../db/index.ts'
import type { MetricRegistry } from './registry.ts'

/** Query latency in ms: SQLite answers in microseconds, a remote Postgres in milliseconds. */
export const DB_DURATION_BUCKETS_MS = [0.1, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 1000, 5000] as const

export type DbMetrics = ReturnType<typeof createDbMetrics>

export const createDbMetrics = (registry: MetricRegistry) => {
  const calls = registry.counter({
    name: 'reelsmith_db_operations_total',
    help: 'Repository calls (one or a few SQL statements each), by operation and outcome.',
    labelNames: ['operation', 'outcome'],
    maxSeries: 160,
  })
  const duration = registry.histogram({
    name: 'reelsmith_db_operation_duration_seconds',
    help: 'Latency of repository calls, waiting for a connection included.',
    labelNames: ['operation'],
    maxSeries: 80,
    buckets: DB_DURATION_BUCKETS_MS,
    unitsPerExposed: 1000,
  })
  const inFlight = registry.gauge({ name: 'reelsmith_db_operations_in_flight', help: 'Repository calls not answered yet.' }).labels()
  const poolSize = registry.gauge({
    name: 'reelsmith_db_pool_max_connections',
    help: 'Connections the pool may open (SQLite: one).',
    labelNames: ['dialect'],
    maxSeries: 2,
  })
  return {
    setPool: (dialect: string, max: number) => poolSize.labels(dialect).set(max),
    /** The same repositories, every method timed and counted. */
    instrument(repos: Repositories, now: () => number = () => performance.now()): Repositories {
      const instrumented: Record<string, Record<string, unknown>> = {}
      for (const [name, repo] of Object.entries(repos)) {
        const wrapped: Record<string, unknown> = {}
        for (const [key, value] of Object.entries(repo)) {
          if (typeof value !== 'function') {
            wrapped[key] = value
            continue
          }
          const operation = `${name}.${key}`
          // Series appear on first use: an operation never called exports nothing.
          const settle = (started: number, outcome: 'ok' | 'error') => {
            calls.labels(operation, outcome).inc()
            inFlight.dec()
            duration.labels(operation).observe(now() - started)
          }
          // Promises are timed until they settle; a synchronous method (none today) stays synchronous.
          wrapped[key] = (...args: unknown[]) => {
            const started = now()
            inFlight.inc()
            let result: unknown
            try {
              result = value.apply(repo, args)
            } catch (error) {
              settle(started, 'error')
              throw error
            }
            if (!(result instanceof Promise)) {
              settle(started, 'ok')
              return result
            }
            return result.then(
              (resolved) => {
                settle(started, 'ok')
                return resolved
              },
              (error) => {
                settle(started, 'error')
                throw error
              },
            )
          }
        }
        instrumented[name] = wrapped
      }
      return instrumented as Repositories
    },
  }
}
