/** The options and answers of CacheStore, apart from the class so a caller reads them in one place. */
import type { Logger } from '../log.ts'
import type { CircuitBreakerOptions } from './breaker.ts'
import type { Codec } from './codec.ts'
import type { RedisConnections } from './redis-channel.ts'
import type { RedisTuning } from './redis-options.ts'

export interface CacheStoreOptions {
  /** L1 budget in bytes (from CACHE_MEMORY_MB). */
  memoryBytes: number
  /** Enables L2 on connections of the store's own. Without it (or `redisConnections`) the store is memory-only. */
  redisUrl?: string
  /** Enables L2 on the process's shared connections (which the store does not close); wins over `redisUrl`. */
  redisConnections?: RedisConnections
  logger: Logger
  /** Clock in epoch ms; tests inject a fake one. @default Date.now, read at most once per ms */
  now?: () => number
  /** Identifies this replica on the invalidation channel. @default `redisConnections.instanceId`, or a random UUID */
  instanceId?: string
  /** Largest entry kept in L1 (bigger values still go to L2). @default memoryBytes / 8 */
  maxEntryBytes?: number
  redis?: { keyPrefix?: string; breaker?: Omit<CircuitBreakerOptions, 'onStateChange'>; tuning?: RedisTuning }
}

export interface EntryOptions<T> {
  /** Groups keys (`ai`, `db`, `user`, `http:<name>`): prefixes them and owns their counters. */
  namespace: string
  /** How long a value is fresh, in ms (it turns stale strictly after, as in lru-cache). */
  ttl: number
  /** How long after that it may still be served while one refresh runs, or if the origin fails. @default 0 */
  staleTtl?: number
  /** Invalidating any of these removes the entry, on every replica. */
  tags?: readonly string[]
  /** How the value becomes bytes for Redis. @default valueCodec (JSON data or Uint8Array) */
  codec?: Codec<T>
}

export interface FetchStatus {
  /** hit: fresh · stale: past its TTL · miss: this call ran the origin · join: it awaited another call's origin */
  outcome?: 'hit' | 'stale' | 'miss' | 'join'
  /** Where a hit or stale value came from. */
  layer?: 'l1' | 'l2'
}

export interface FetchOptions<T> extends EntryOptions<T> {
  /**
   * `background` (default): a stale value is returned at once and one refresh runs detached.
   * `foreground`: the first caller to find a stale value runs the refresh and waits for it (it gets
   * the stale value only if the origin fails); callers arriving meanwhile get the stale value.
   * For origins bound to one request, like an HTTP handler.
   */
  refresh?: 'background' | 'foreground'
  /** Filled in with how the call was answered (X-Cache, logs). */
  status?: FetchStatus
}
