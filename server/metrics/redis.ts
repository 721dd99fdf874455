/**
 * Redis metrics, from the command connection every part of the process shares (cache, PUBLISH,
 * leases): commands by name and outcome, their latency (sent to answered; a pipeline's commands
 * each count), and connection errors. The command names are Redis's own, a small set.
 */
import type { RedisCommandObserver } from '../cache/redis-channel.ts'
import type { MetricRegistry } from './registry.ts'

/** Command latency in ms: a loopback Redis answers in tens of µs; the fail-fast timeout is 300-500 ms. */
export const REDIS_DURATION_BUCKETS_MS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000] as const

export type RedisMetrics = ReturnType<typeof createRedisMetrics>

export const createRedisMetrics = (registry: MetricRegistry, source: { readonly counters: { readonly errors: number } }) => {
  const commands = registry.counter({
    name: 'reelsmith_redis_commands_total',
    help: 'Redis commands sent on the command connection, by command and outcome.',
    labelNames: ['command', 'outcome'],
    maxSeries: 48,
  })
  const duration = registry.histogram({
    name: 'reelsmith_redis_command_duration_seconds',
    help: 'Redis command latency, sent to answered.',
    labelNames: ['command'],
    maxSeries: 24,
    buckets: REDIS_DURATION_BUCKETS_MS,
    unitsPerExposed: 1000,
  })
  const errors = registry
    .counter({ name: 'reelsmith_redis_connection_errors_total', help: 'Errors on the Redis connections (refused, reset, timeouts).' })
    .labels()
  registry.onCollect(() => (errors.value = source.counters.errors))
  const observer: RedisCommandObserver = (command, durationMs, ok) => {
    commands.labels(command, ok ? 'ok' : 'error').inc()
    duration.labels(command).observe(durationMs)
  }
  return { observer }
}
