/**
 * The monitoring room: import from here. `createMonitoring` builds the whole set for one process
 * (registry, HTTP / process / cache / AI / RUM metrics, memory alert, 1-second series, the request
 * middleware); the parts stay importable for tests and for other wiring.
 */
import type { Context } from 'hono'
import type { RedisConnections } from '../cache/redis-channel.ts'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import { createAiMetrics } from './ai.ts'
import { createCacheMetrics, type CacheStatsSource } from './cache.ts'
import { renderExposition } from './exposition.ts'
import { createDbMetrics } from './db.ts'
import { createRedisMetrics } from './redis.ts'
import { createHttpMetrics } from './http.ts'
import { createJobMetrics } from './jobs.ts'
import { createMemoryAlert, defaultMemoryAlertMb } from './memory-alert.ts'
import { createRequestMonitor } from './monitor.ts'
import { createProcessMetrics, type MemoryReader, type Schedule } from './process.ts'
import { createRegistry } from './registry.ts'
import { createRumMetrics } from './rum.ts'
import { createSeries } from './series.ts'
import { createTtsMetrics } from './tts.ts'

export { metricsAccess, isLoopback, type MetricsAccessOptions } from './access.ts'
export { createAiMetrics, instrumentAiProvider, type AiMetrics } from './ai.ts'
export { createDbMetrics, type DbMetrics } from './db.ts'
export { createRedisMetrics, type RedisMetrics } from './redis.ts'
export { createJobMetrics, JOB_STATES, type JobCounts, type JobMetrics } from './jobs.ts'
export { createCacheMetrics, type CacheMetrics, type CacheStatsSource } from './cache.ts'
export { EXPOSITION_CONTENT_TYPE, renderExposition } from './exposition.ts'
export { createHttpMetrics, HTTP_DURATION_BUCKETS_MS, type HttpMetrics } from './http.ts'
export { createMemoryAlert, defaultMemoryAlertMb, type MemoryAlert, type MemoryState } from './memory-alert.ts'
export { createRequestMonitor, type RequestMonitor, type RequestMonitorOptions } from './monitor.ts'
export { createProcessMetrics, readProcessMemory, type ProcessMetrics, type ProcessReadings } from './process.ts'
export { histogramQuantile } from './quantile.ts'
export { createRegistry, MetricRegistry, OVERFLOW_LABEL } from './registry.ts'
export { routeTemplate, UNMATCHED_ROUTE } from './route.ts'
export { createRumMetrics, RUM_BUCKETS, RUM_THRESHOLDS, type RumMetrics } from './rum.ts'
export type { VitalsP75 } from '../../shared/rum-schema.ts'
export {
  RUM_MAX_BODY_BYTES,
  RUM_METRICS,
  rumReportSchema,
  routeTemplateSchema,
  type RumMetric,
  type RumReport,
} from '../../shared/rum-schema.ts'
export { createSeries, type Series, type SeriesSample, type SeriesSnapshot } from './series.ts'
export { inPhase, timedRenderer, timedRequestDeps, withRequestTiming } from './phases.ts'
export { RequestTiming, timingOf, type TimingVariables } from './server-timing.ts'
export { createTtsMetrics, type TtsMetrics } from './tts.ts'

const MB = 1024 * 1024

/** MEMORY_ALERT_MB, or the default derived from CACHE_MEMORY_MB, in bytes. */
export const memoryAlertBytes = (config: Pick<Config, 'MEMORY_ALERT_MB' | 'CACHE_MEMORY_MB'>): number =>
  (config.MEMORY_ALERT_MB ?? defaultMemoryAlertMb(config.CACHE_MEMORY_MB)) * MB

export interface MonitoringOptions {
  logger: Logger
  version: string
  /** The build id (asset manifest), a label of `reelsmith_build_info`. */
  build?: string
  /** SLOW_REQUEST_MS */
  slowRequestMs: number
  /** `memoryAlertBytes(config)` */
  memoryAlertBytes: number
  /** The AI provider's name (`ai.name`). */
  aiProvider: string
  /** The cache store; without it there are no cache metrics and no hit rates. */
  cache?: CacheStatsSource
  /** The process's Redis connections (REDIS_URL): their commands are timed and counted. */
  redis?: Pick<RedisConnections, 'counters' | 'observeCommands'>
  /** The page route templates RUM reports may name (others count as `other`). */
  rumRoutes?: readonly string[]
  /** Route templates kept as HTTP labels. @default 100 */
  maxRoutes?: number
  /** Responses without `Server-Timing` (static assets). */
  skipHeader?: (c: Context) => boolean
  /** For tests: fake memory, clocks and timers. */
  readMemory?: MemoryReader
  now?: () => number
  monotonic?: () => number
  schedule?: Schedule
}

export type Monitoring = ReturnType<typeof createMonitoring>

/**
 * Everything, wired together. Call `start()` after the server listens and `stop()` on shutdown.
 *
 * @example
 * const monitoring = createMonitoring({ logger, version, build: manifest.buildId, cache: store, aiProvider: ai.name,
 *   slowRequestMs: config.SLOW_REQUEST_MS, memoryAlertBytes: memoryAlertBytes(config), rumRoutes: PAGE_ROUTES })
 * app.use(createRequestRecord({ logger, monitor: monitoring.monitor }).middleware)
 */
export const createMonitoring = (options: MonitoringOptions) => {
  const { logger } = options
  const registry = createRegistry({ logger })
  const http = createHttpMetrics(registry, { maxRoutes: options.maxRoutes })
  const memoryAlert = createMemoryAlert({ limitBytes: options.memoryAlertBytes, logger, now: options.now })
  const processMetrics = createProcessMetrics(registry, {
    version: options.version,
    build: options.build,
    memoryAlert,
    readMemory: options.readMemory,
    now: options.now,
    monotonic: options.monotonic,
    schedule: options.schedule,
  })
  const cache = options.cache ? createCacheMetrics(registry, options.cache) : undefined
  const ai = createAiMetrics(registry, { provider: options.aiProvider, savedCalls: cache && (() => cache.totals().ai?.answered ?? 0) })
  const rum = createRumMetrics(registry, { routes: options.rumRoutes })
  const jobs = createJobMetrics(registry)
  const db = createDbMetrics(registry)
  if (options.redis) options.redis.observeCommands(createRedisMetrics(registry, options.redis).observer)
  const tts = createTtsMetrics(registry)
  const providerCalls = () => {
    let total = 0
    for (const { child } of ai.calls.series()) total += child.value
    return total
  }
  const series = createSeries(
    { latency: http.duration, process: processMetrics, cache, aiCalls: providerCalls, rum, memoryLimitBytes: options.memoryAlertBytes },
    { now: options.now, schedule: options.schedule },
  )
  const monitor = createRequestMonitor({
    http,
    logger,
    slowRequestMs: options.slowRequestMs,
    skipHeader: options.skipHeader,
    now: options.monotonic,
  })

  return {
    registry,
    http,
    process: processMetrics,
    memoryAlert,
    cache,
    ai,
    rum,
    tts,
    jobs,
    db,
    series,
    /** The request hooks `server/http/request-record.ts` calls (metrics, Server-Timing, slow log). */
    monitor,
    /** The body of `GET /metrics`. */
    exposition: () => renderExposition(registry),
    /** For /healthz: `memory: 'ok' | 'high'`. */
    memoryState: () => memoryAlert.state,
    start(): void {
      processMetrics.start()
      series.start()
    },
    stop(): void {
      series.stop()
      processMetrics.stop()
    },
  }
}
