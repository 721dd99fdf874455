/**
 * Cache metrics, read from `CacheStore.stats()` at scrape (and sample) time: the store already
 * keeps plain counters per namespace on its hot path, so monitoring adds nothing to a lookup.
 *
 * Namespaces group by their first segment: `http:video` and `http:gallery` are both `http`, so the
 * label keeps to the four the app uses today (ai, db, user, http) plus any it adds later.
 */
import type { L2State, NamespaceStats } from '../cache/index.ts'
import type { MetricRegistry } from './registry.ts'

/** The part of `CacheStore` this reads; a test passes a plain object. */
export interface CacheStatsSource {
  stats(): {
    namespaces: Record<string, NamespaceStats>
    l2: L2State | 'disabled'
    l1: { bytes: number; entries: number; maxBytes: number }
  }
}

export const L2_STATES = ['up', 'down', 'open', 'disabled'] as const

/** Counters summed per namespace group, cumulative since start. */
export interface CacheTotals {
  /** Calls answered without running the origin themselves: hits, stale and single-flight joins. */
  answered: number
  calls: number
}

const COUNTERS = [
  ['hits', 'reelsmith_cache_hits_total', 'Fresh values served (L1 or L2).'],
  ['misses', 'reelsmith_cache_misses_total', 'Calls that ran the origin.'],
  ['stale', 'reelsmith_cache_stale_served_total', 'Stale values served while one refresh ran (or the origin failed).'],
  ['joins', 'reelsmith_cache_singleflight_joins_total', 'Calls that waited for another call\u2019s origin instead of running their own.'],
  ['originCalls', 'reelsmith_cache_origin_calls_total', 'Times the origin ran (misses and refreshes).'],
  ['errors', 'reelsmith_cache_origin_errors_total', 'Origin failures.'],
  ['evictions', 'reelsmith_cache_evictions_total', 'Entries pushed out of L1 by its byte budget.'],
] as const satisfies readonly (readonly [keyof NamespaceStats, string, string])[]

export const namespaceGroup = (namespace: string): string => namespace.split(':', 1)[0]!

export type CacheMetrics = ReturnType<typeof createCacheMetrics>

/**
 * @example
 * const cacheMetrics = createCacheMetrics(registry, store)
 * cacheMetrics.totals().ai // { answered, calls } for the dashboard's hit rate
 */
export const createCacheMetrics = (registry: MetricRegistry, source: CacheStatsSource, options: { maxNamespaces?: number } = {}) => {
  const maxSeries = options.maxNamespaces ?? 16
  const counters = COUNTERS.map(([field, name, help]) => ({
    field,
    metric: registry.counter({ name, help, labelNames: ['namespace'], maxSeries }),
  }))
  const l1Bytes = registry.gauge({ name: 'reelsmith_cache_l1_bytes', help: 'Bytes the in-memory cache holds (its own estimate).' }).labels()
  const l1MaxBytes = registry
    .gauge({ name: 'reelsmith_cache_l1_max_bytes', help: 'The in-memory cache budget (CACHE_MEMORY_MB).' })
    .labels()
  const l1Entries = registry.gauge({ name: 'reelsmith_cache_l1_entries', help: 'Entries in the in-memory cache.' }).labels()
  const l2State = registry.gauge({
    name: 'reelsmith_cache_l2_state',
    help: 'Redis tier state: 1 for the current one (open = circuit breaker open).',
    labelNames: ['state'],
    maxSeries: L2_STATES.length,
  })
  const l2Children = L2_STATES.map((state) => l2State.labels(state))

  /** Sums each namespace group's stats; one pass, once per scrape or sample. */
  const read = () => {
    const stats = source.stats()
    const groups = new Map<string, NamespaceStats[]>()
    for (const [name, namespace] of Object.entries(stats.namespaces)) {
      const group = namespaceGroup(name)
      groups.set(group, [...(groups.get(group) ?? []), namespace])
    }
    return { stats, groups }
  }

  registry.onCollect(() => {
    const { stats, groups } = read()
    for (const { field, metric } of counters) {
      for (const [group, namespaces] of groups) {
        // Counters in the store only grow, so their sum is a valid Prometheus counter.
        metric.labels(group).value = namespaces.reduce((sum, namespace) => sum + namespace[field], 0)
      }
    }
    l1Bytes.set(stats.l1.bytes)
    l1MaxBytes.set(stats.l1.maxBytes)
    l1Entries.set(stats.l1.entries)
    L2_STATES.forEach((state, i) => {
      l2Children[i]!.set(stats.l2 === state ? 1 : 0)
    })
  })

  return {
    /** Cumulative answered/calls per namespace group, for per-second hit rates. */
    totals(): Record<string, CacheTotals> {
      const out: Record<string, CacheTotals> = {}
      for (const [group, namespaces] of read().groups) {
        let answered = 0
        let calls = 0
        for (const namespace of namespaces) {
          answered += namespace.hits + namespace.stale + namespace.joins
          calls += namespace.calls
        }
        out[group] = { answered, calls }
      }
      return out
    },
    l2State: () => source.stats().l2,
  }
}
