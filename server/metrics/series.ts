/**
 * The dashboard's data: one sample per second for the last hour, derived from the live metrics.
 *
 * Every second the sampler turns cumulative counters into that second's figures: requests/s,
 * p50/p95/p99 latency (from the histogram buckets that second added: the DIFFERENCE of bucket
 * counts, so a slow minute an hour ago does not weigh on today's p95), p95 and requests per route,
 * hit rate per cache namespace, AI calls saved and made, RSS, heap, event-loop lag, and the p75 web
 * vitals per page when new reports arrived. Samples land in a `SampleRing` (3,600 slots,
 * preallocated) and go to subscribers (the SSE stream).
 *
 * The dashboard loads `snapshot()` once (columns, oldest first: what uPlot draws) and then appends
 * each `SeriesSample` it receives.
 */
import type { CacheTotals } from './cache.ts'
import { unrefTimeout, type ProcessReadings, type Schedule } from './process.ts'
import { histogramQuantile } from './quantile.ts'
import type { Histogram, HistogramChild } from './registry.ts'
import { SampleRing } from './ring.ts'
import type { VitalsP75 } from '../../shared/rum-schema.ts'
import type { SeriesSample, SeriesSnapshot } from '../../shared/series-shape.ts'

export type { SeriesSample, SeriesSnapshot } from '../../shared/series-shape.ts'

/** Where the figures come from; each is optional but `latency`. */
export interface SeriesSources {
  /** The HTTP latency histogram (`createHttpMetrics(…).duration`), labelled method, route, status. */
  latency: Histogram
  /** Which label of `latency` holds the route. @default 1 */
  routeLabelIndex?: number
  process?: { readonly readings: Readonly<ProcessReadings> }
  cache?: { totals(): Record<string, CacheTotals> }
  /** Cumulative AI provider calls. */
  aiCalls?: () => number
  rum?: { readonly version: number; p75ByRoute(): Record<string, VitalsP75> }
  memoryLimitBytes?: number
}

export interface SeriesOptions {
  /** @default 3600 (an hour of seconds) */
  capacity?: number
  /** @default 1000 */
  intervalMs?: number
  /** Cache namespace groups charted. @default ['ai', 'db', 'user', 'http'] */
  namespaces?: readonly string[]
  /** Routes given their own columns (first come); later ones are not charted. @default 50 */
  maxRoutes?: number
  /** How many routes the snapshot carries. @default 10 */
  topRoutes?: number
  /** Epoch ms. @default Date.now */
  now?: () => number
  schedule?: Schedule
}

const MAIN_COLUMNS = ['t', 'rps', 'p50', 'p95', 'p99', 'aiSaved', 'aiCalls', 'rss', 'heap', 'lagMs'] as const

const orNull = (value: number) => (Number.isNaN(value) ? null : value)
const round2 = (value: number) => Math.round(value * 100) / 100

export type Series = ReturnType<typeof createSeries>

/**
 * @example
 * const series = createSeries({ latency: http.duration, process: processMetrics, cache: cacheMetrics, rum })
 * series.start()
 * app.get('/admin/metrics/stream', (c) => streamSSE(c, async (stream) => {
 *   await stream.writeSSE({ event: 'snapshot', data: JSON.stringify(series.snapshot()) })
 *   const unsubscribe = series.subscribe((sample) => void stream.writeSSE({ data: JSON.stringify(sample) }))
 *   stream.onAbort(unsubscribe)
 *   …
 * }))
 */
export const createSeries = (sources: SeriesSources, options: SeriesOptions = {}) => {
  const intervalMs = options.intervalMs ?? 1000
  const now = options.now ?? Date.now
  const namespaces = options.namespaces ?? ['ai', 'db', 'user', 'http']
  const maxRoutes = options.maxRoutes ?? 50
  const topRoutes = options.topRoutes ?? 10
  const routeLabel = sources.routeLabelIndex ?? 1
  const schedule = options.schedule ?? unrefTimeout

  const ring = new SampleRing(options.capacity ?? 3600)
  const main = Object.fromEntries(MAIN_COLUMNS.map((name) => [name, ring.addColumn(name)])) as Record<
    (typeof MAIN_COLUMNS)[number],
    Float64Array
  >
  const hitRate = new Map(namespaces.map((name) => [name, ring.addColumn(`hit:${name}`)]))
  /** Per route: columns, and its request count summed over the window (for "top 10"). */
  const routes = new Map<string, { n: Float32Array; p95: Float32Array; windowCount: number; delta: Float64Array }>()

  // Previous cumulative values, to turn counters into per-second figures.
  const bucketCount = sources.latency.bounds.length + 1
  const previous = new Map<HistogramChild, Float64Array>()
  const total = new Float64Array(bucketCount)
  let previousCache: Record<string, CacheTotals> = sources.cache?.totals() ?? {}
  let previousAiCalls = sources.aiCalls?.() ?? 0
  let previousVitals = sources.rum?.version ?? 0
  let lastAt = now()
  const listeners = new Set<(sample: SeriesSample) => void>()
  let cancel: (() => void) | undefined

  const routeColumns = (route: string) => {
    let columns = routes.get(route)
    if (columns === undefined && routes.size < maxRoutes) {
      columns = {
        n: ring.addColumn(`n:${route}`, 'f32') as Float32Array,
        p95: ring.addColumn(`p95:${route}`, 'f32') as Float32Array,
        windowCount: 0,
        delta: new Float64Array(bucketCount),
      }
      routes.set(route, columns)
    }
    return columns
  }

  /** This second's bucket counts: overall into `total`, per route into its `delta`. */
  const latencyDeltas = () => {
    total.fill(0)
    for (const columns of routes.values()) columns.delta.fill(0)
    for (const { labelValues, child } of sources.latency.series()) {
      let before = previous.get(child)
      if (before === undefined) previous.set(child, (before = new Float64Array(bucketCount)))
      const columns = routeColumns(labelValues[routeLabel] ?? '')
      for (let i = 0; i < bucketCount; i++) {
        const added = child.counts[i]! - before[i]!
        total[i]! += added
        if (columns) columns.delta[i]! += added
      }
      before.set(child.counts)
    }
  }

  /** Computes the second that just ended, stores it and tells subscribers. */
  const sample = (): SeriesSample => {
    const at = now()
    const seconds = Math.max(0.001, (at - lastAt) / 1000)
    lastAt = at

    // Forget the sample about to be overwritten from each route's window count.
    const evicted = ring.nextEvicted()
    if (evicted !== -1) {
      for (const columns of routes.values()) {
        const count = columns.n[evicted]!
        if (!Number.isNaN(count)) columns.windowCount -= count
      }
    }

    latencyDeltas()
    const slot = ring.advance()
    let requests = 0
    for (let i = 0; i < bucketCount; i++) requests += total[i]!
    const bounds = sources.latency.bounds
    const result: SeriesSample = {
      t: at,
      rps: round2(requests / seconds),
      p50: orNull(round2(histogramQuantile(0.5, bounds, total))),
      p95: orNull(round2(histogramQuantile(0.95, bounds, total))),
      p99: orNull(round2(histogramQuantile(0.99, bounds, total))),
      routes: {},
      hitRate: {},
      aiSaved: 0,
      aiCalls: 0,
      rss: null,
      heap: null,
      lagMs: null,
      memory: 'ok',
    }
    for (const [route, columns] of routes) {
      let count = 0
      for (let i = 0; i < bucketCount; i++) count += columns.delta[i]!
      if (count === 0) continue
      const p95 = round2(histogramQuantile(0.95, bounds, columns.delta))
      columns.n[slot] = count
      columns.p95[slot] = p95
      columns.windowCount += count
      result.routes[route] = { n: count, p95 }
    }

    if (sources.cache) {
      const totals = sources.cache.totals()
      for (const [name, column] of hitRate) {
        const calls = (totals[name]?.calls ?? 0) - (previousCache[name]?.calls ?? 0)
        if (calls <= 0) continue
        const rate = ((totals[name]?.answered ?? 0) - (previousCache[name]?.answered ?? 0)) / calls
        result.hitRate[name] = column[slot] = Math.round(rate * 1000) / 1000
      }
      result.aiSaved = (totals.ai?.answered ?? 0) - (previousCache.ai?.answered ?? 0)
      previousCache = totals
    }
    if (sources.aiCalls) {
      const calls = sources.aiCalls()
      result.aiCalls = calls - previousAiCalls
      previousAiCalls = calls
    }
    if (sources.process) {
      const readings = sources.process.readings
      result.rss = readings.rssBytes
      result.heap = readings.heapUsedBytes
      result.lagMs = round2(readings.eventLoopLagMs)
      result.memory = readings.memory
    }
    if (sources.rum && sources.rum.version !== previousVitals) {
      previousVitals = sources.rum.version
      result.vitals = sources.rum.p75ByRoute()
    }

    main.t[slot] = result.t
    main.rps[slot] = result.rps
    main.p50[slot] = result.p50 ?? NaN
    main.p95[slot] = result.p95 ?? NaN
    main.p99[slot] = result.p99 ?? NaN
    main.aiSaved[slot] = result.aiSaved
    main.aiCalls[slot] = result.aiCalls
    main.rss[slot] = result.rss ?? NaN
    main.heap[slot] = result.heap ?? NaN
    main.lagMs[slot] = result.lagMs ?? NaN
    for (const listener of listeners) {
      try {
        listener(result)
      } catch {
        // A broken subscriber (a closed stream) must not stop the sampler or the others.
      }
    }
    return result
  }

  const tick = () => {
    sample()
    cancel = schedule(tick, intervalMs)
  }

  return {
    ring,
    sample,
    /** Samples every `intervalMs` until `stop()`. Idempotent. */
    start(): void {
      if (cancel) return
      lastAt = now()
      cancel = schedule(tick, intervalMs)
    },
    stop(): void {
      cancel?.()
      cancel = undefined
    },
    /** Called with every new sample; returns the unsubscribe. */
    subscribe(listener: (sample: SeriesSample) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    get subscribers(): number {
      return listeners.size
    },
    /** Everything the dashboard needs for its first paint. */
    snapshot(): SeriesSnapshot {
      const busiest = [...routes]
        .filter(([, columns]) => columns.windowCount > 0)
        .sort((a, b) => b[1].windowCount - a[1].windowCount)
        .slice(0, topRoutes)
      return {
        intervalMs,
        capacity: ring.capacity,
        memoryLimitBytes: sources.memoryLimitBytes ?? 0,
        ...(Object.fromEntries(MAIN_COLUMNS.map((name) => [name, ring.values(name)])) as Record<
          (typeof MAIN_COLUMNS)[number],
          (number | null)[]
        >),
        hitRate: Object.fromEntries(namespaces.map((name) => [name, ring.values(`hit:${name}`)])),
        routes: Object.fromEntries(busiest.map(([route]) => [route, { n: ring.values(`n:${route}`), p95: ring.values(`p95:${route}`) }])),
        memory: sources.process?.readings.memory ?? 'ok',
        vitals: sources.rum?.p75ByRoute() ?? {},
      }
    },
  }
}
