/**
 * Per-namespace cache counters: plain numbers bumped on the hot path, turned into a snapshot with
 * ratios only when someone asks (health check, metrics endpoint, benchmark).
 *
 * Every `fetch` call ends in exactly one outcome (hits, stale, misses, joins); the other counters
 * say where values came from and what it cost.
 */

export interface NamespaceCounters {
  /** Outcome: a fresh value was served (from L1 or L2). */
  hits: number
  /** Outcome: a value past its TTL, inside its stale window, was served. */
  stale: number
  /** Outcome: the call waited for an origin call it started. */
  misses: number
  /** Outcome: the call waited for another call's origin (single-flight). */
  joins: number
  /** Fresh values served from memory. */
  l1Hits: number
  /** Redis lookups that found a usable value. */
  l2Hits: number
  /** Redis lookups that did not. */
  l2Misses: number
  /** Times the origin ran (misses and refreshes): what the cache exists to save. */
  originCalls: number
  /** Origin failures. */
  errors: number
  /** Entries pushed out of L1 by the byte budget. */
  evictions: number
  /** Explicit `set()` calls. */
  sets: number
}

export const createCounters = (): NamespaceCounters => ({
  hits: 0,
  stale: 0,
  misses: 0,
  joins: 0,
  l1Hits: 0,
  l2Hits: 0,
  l2Misses: 0,
  originCalls: 0,
  errors: 0,
  evictions: 0,
  sets: 0,
})

export interface NamespaceStats extends NamespaceCounters {
  calls: number
  /** Calls answered without running the origin themselves. */
  hitRatio: number
  /** Calls answered from memory with a fresh value. */
  l1HitRatio: number
  /** Of the lookups that reached Redis, how many found a value. */
  l2HitRatio: number
  /** 1 - originCalls / calls: the share of origin work the cache saved. */
  originCallsSaved: number
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)

export const snapshot = (counters: NamespaceCounters): NamespaceStats => {
  const calls = counters.hits + counters.stale + counters.misses + counters.joins
  return {
    ...counters,
    calls,
    hitRatio: ratio(counters.hits + counters.stale + counters.joins, calls),
    l1HitRatio: ratio(counters.l1Hits, calls),
    l2HitRatio: ratio(counters.l2Hits, counters.l2Hits + counters.l2Misses),
    originCallsSaved: calls === 0 ? 0 : 1 - counters.originCalls / calls,
  }
}
