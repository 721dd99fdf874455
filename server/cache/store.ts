/**
 * The tiered cache: L1 in memory (lru-cache, bounded in bytes), L2 in Redis when configured.
 *
 * Reads go L1 → L2 → origin. lru-cache's own `fetch()` does the single-flight (concurrent misses
 * for a key share one `fetchMethod` call, which includes the L2 round trip) and keeps the stale
 * value in place while a refresh runs. This class adds what lru-cache does not know: a stale
 * window per entry, tags, Redis, and counters per namespace.
 *
 * The lru-cache TTL of an entry is its fresh TTL, so a hit is one `get()` against a clock read at
 * most once per ms. Past it, lru-cache keeps the entry (`noDeleteOnStaleGet`) and this class
 * decides from `staleUntil` whether it may still be served stale: only off the hit path.
 */
import { LRUCache } from 'lru-cache'
import type { Logger } from '../log.ts'
import { coarseClock } from './clock.ts'
import { valueCodec, type Codec } from './codec.ts'
import { createEntry, createNamespace, decodeEntry, encodeEntry, fullKeyOf, lruTtl, NO_TAGS, type Entry, type Namespace } from './entry.ts'
import type { L2Read, L2State, RedisTier, RedisTierConnection } from './redis-tier.ts'
import { snapshot, type NamespaceStats } from './stats.ts'
import type { CacheStoreOptions, EntryOptions, FetchOptions, FetchStatus } from './store-options.ts'
import { TagIndex } from './tag-index.ts'

export type { CacheStoreOptions, EntryOptions, FetchOptions, FetchStatus } from './store-options.ts'

type Origin = () => unknown

/** What one lru-cache fetch needs to know; `source` is set when the value came from Redis. */
interface FillContext {
  origin: Origin
  options: FetchOptions<unknown>
  ns: Namespace
  key: string
  refresh: boolean
  source?: 'l2'
}

interface Flight {
  promise: Promise<Entry | undefined>
  context: FillContext
  joined: boolean
}

/** Bookkeeping per L1 entry (entry object, lru-cache slots, the full-key map), counted in the budget. */
const ENTRY_OVERHEAD_BYTES = 192
const RESOLVED: Promise<void> = Promise.resolve()
/**
 * A hit moves its entry up lru-cache's recency order at most this often: eviction order is exact
 * to within a second, and most hits cost one map lookup instead of two (docs/measurements.md).
 */
const RECENCY_RESOLUTION_MS = 1000

export class CacheStore {
  readonly instanceId: string
  readonly maxBytes: number
  #now: () => number
  #logger: Logger
  #l1: LRUCache<string, Entry, FillContext>
  #l2: RedisTier | undefined
  #namespaces = new Map<string, Namespace>()
  /** The namespace asked for last: hot paths ask for the same one again and again. */
  #lastNamespace: Namespace | undefined
  #tags = new TagIndex()
  /** Keys whose origin (or L2 read) is running, with their tags, so an invalidation can abort them. */
  #inflight = new Map<string, { tags: readonly string[] }>()
  /** Reused for every `set()`: one allocation less on the hot path. */
  #setOptions: LRUCache.SetOptions<string, Entry, FillContext> = {}
  #closed: Promise<void> | undefined

  constructor(options: CacheStoreOptions) {
    const { memoryBytes } = options
    if (!Number.isInteger(memoryBytes) || memoryBytes < 1024) throw new TypeError('memoryBytes must be an integer >= 1024')
    this.maxBytes = memoryBytes
    this.#now = options.now ?? coarseClock()
    this.#logger = options.logger.child({ component: 'cache' })
    const shared = options.redisConnections
    this.instanceId = shared?.instanceId ?? options.instanceId ?? crypto.randomUUID()
    this.#l1 = new LRUCache<string, Entry, FillContext>({
      maxSize: memoryBytes,
      maxEntrySize: options.maxEntryBytes ?? Math.floor(memoryBytes / 8),
      sizeCalculation: (entry, fullKey) => entry.size + (fullKey.length + entry.key.length) * 2 + ENTRY_OVERHEAD_BYTES,
      fetchMethod: (fullKey, _stale, { signal, options: setOptions, context }) => this.#load(fullKey, signal, setOptions, context),
      // The full-key map and the tag index follow L1: added on insert, removed when a key leaves.
      // An overwrite keeps the key, so it skips `dispose` (one call less per set); if the new
      // value has fewer tags, the old ones only over-invalidate, they never keep data alive.
      onInsert: (entry, fullKey) => {
        entry.ns.entries.set(entry.key, entry)
        if (entry.tags.length) this.#tags.add(fullKey, entry.tags)
      },
      dispose: (entry, fullKey, reason) => {
        if (reason === 'evict') entry.ns.counters.evictions++
        this.#forget(entry)
        if (entry.tags.length) this.#tags.remove(fullKey, entry.tags)
      },
      noDisposeOnSet: true,
      // An invalidation deletes the key, which aborts its fetch: the callers waiting still get the
      // value (it was current when they asked) but it is not stored.
      ignoreFetchAbort: true,
      // A failed refresh keeps the stale value (stale-if-error).
      noDeleteOnFetchRejection: true,
      // Past its fresh TTL an entry stays for its stale window; `staleUntil` decides, not lru-cache.
      noDeleteOnStaleGet: true,
      // One clock for both; ours already reads the system clock at most once per ms.
      perf: { now: this.#now },
      ttlResolution: 0,
    })
    const connection: RedisTierConnection | undefined = shared
      ? { connections: shared }
      : options.redisUrl
        ? { url: options.redisUrl, instanceId: this.instanceId, tuning: options.redis?.tuning }
        : undefined
    if (connection) {
      // Loaded only with REDIS_URL: evaluating ioredis costs ~18 ms of every cold start otherwise.
      const { RedisTier } = require('./redis-tier.ts') as typeof import('./redis-tier.ts')
      this.#l2 = new RedisTier({
        ...connection,
        logger: this.#logger,
        keyPrefix: options.redis?.keyPrefix,
        breaker: { now: this.#now, ...options.redis?.breaker },
        onRemoteInvalidation: ({ tags, keys }) => this.#dropLocal(tags, keys),
        onInvalidationGap: () => {
          this.#logger.warn('invalidation channel was interrupted: clearing L1, it may hold data a write made stale')
          this.#l1.clear()
        },
      })
    }
  }

  /**
   * The cached value, or the origin's. Concurrent calls for one key run `origin` once. A stale
   * value is served while one refresh runs, and kept if the refresh fails (stale-if-error).
   * An origin may return `undefined` to say "do not cache or share this": the callers waiting
   * on it then get `undefined` too.
   */
  async fetch<T>(key: string, origin: () => T | Promise<T>, options: FetchOptions<NonNullable<T>>): Promise<T> {
    const ns = this.#namespace(options.namespace)
    const fresh = this.#fresh(ns, key)
    if (fresh !== undefined) {
      ns.counters.hits++
      ns.counters.l1Hits++
      if (options.status) setStatus(options.status, 'hit', 'l1')
      return fresh.value as T
    }
    const fullKey = fullKeyOf(ns, key)
    const context: FillContext = { origin, options: options as FetchOptions<unknown>, ns, key, refresh: false }
    const stale = this.#l1.get(fullKey, { allowStale: true })
    if (stale !== undefined && this.#now() <= stale.staleUntil) return this.#serveStale(fullKey, stale, context) as Promise<T>
    return this.#fill(fullKey, context) as Promise<T>
  }

  /** A fresh value from L1 or L2, or undefined. Never runs an origin. */
  async get<T>(key: string, options: { namespace: string; codec?: Codec<T> }): Promise<T | undefined> {
    const ns = this.#namespace(options.namespace)
    const entry = this.#fresh(ns, key)
    if (entry !== undefined) {
      ns.counters.hits++
      ns.counters.l1Hits++
      return entry.value as T
    }
    if (!this.#l2) {
      ns.counters.misses++
      return undefined
    }
    const fullKey = fullKeyOf(ns, key)
    const read = await this.#l2.read(fullKey, NO_TAGS)
    const found = read?.bytes && this.#decode(read.bytes, options.codec ?? valueCodec, ns, key)
    const now = this.#now()
    const fresh = found && now <= found.freshUntil ? found : undefined
    if (read) ns.counters[fresh ? 'l2Hits' : 'l2Misses']++
    if (!fresh) {
      ns.counters.misses++
      return undefined
    }
    ns.counters.hits++
    this.#l1.set(fullKey, fresh, { ttl: lruTtl(fresh, now) })
    return fresh.value as T
  }

  /** A fresh value from L1 only, synchronously: for hot paths that cannot afford a promise. */
  peek<T>(
    key: string,
    options: { namespace: string /** false when a miss falls through to fetch(), which counts it. */; countMiss?: boolean },
  ): T | undefined {
    const ns = this.#namespace(options.namespace)
    // Past its fresh TTL an entry waits for fetch() to refresh it; peek() has no way to, so it misses.
    const entry = this.#fresh(ns, key)
    if (entry === undefined) {
      if (options.countMiss !== false) ns.counters.misses++
      return undefined
    }
    ns.counters.hits++
    ns.counters.l1Hits++
    return entry.value as T
  }

  /**
   * Stores a value in L1 and L2 and tells the other replicas to drop their copy. The promise
   * settles once Redis has it (or was skipped); it never rejects.
   */
  set<T>(key: string, value: T, options: EntryOptions<T>): Promise<void> {
    const ns = this.#namespace(options.namespace)
    // The stored key string, when there is one: lru-cache finds it without hashing a new string.
    const fullKey = ns.entries.get(key)?.fullKey ?? fullKeyOf(ns, key)
    ns.counters.sets++
    // A fill still running for this key read older data: abort it so it neither lands in L1 nor
    // writes to Redis after us (lru-cache only aborts it itself when disposing on set).
    if (this.#inflight.size !== 0 && this.#inflight.has(fullKey)) this.#l1.delete(fullKey)
    const now = this.#now()
    const entry = createEntry(value, options as EntryOptions<unknown>, ns, key, now, fullKey)
    const setOptions = this.#setOptions
    setOptions.ttl = lruTtl(entry, now)
    setOptions.status = undefined // lru-cache parks a status object here when metrics are watched
    this.#l1.set(fullKey, entry, setOptions)
    if (!this.#l2) return RESOLVED
    const bytes = encodeEntry(entry, options.codec as Codec<unknown> | undefined)
    return this.#l2.write(fullKey, bytes, entry.staleUntil - now, entry.tags, { announce: true })
  }

  /** Removes one key here, in Redis and on the other replicas. */
  delete(key: string, options: { namespace: string }): Promise<void> {
    const fullKey = `${this.#namespace(options.namespace).name}:${key}`
    this.#dropLocal(NO_TAGS, [fullKey])
    return this.#l2?.invalidate(NO_TAGS, [fullKey]) ?? RESOLVED
  }

  /**
   * Removes every entry carrying any of `tags`, here, in Redis and on the other replicas. L1 is
   * cleared before this returns; await it to know Redis and the other replicas were told.
   */
  invalidateTags(tags: readonly string[]): Promise<void> {
    if (!tags.length) return RESOLVED
    this.#dropLocal(tags, NO_TAGS)
    return this.#l2?.invalidate(tags, NO_TAGS) ?? RESOLVED
  }

  /** The store's clock (epoch ms): callers that stamp entries use the same time as the TTLs. */
  now(): number {
    return this.#now()
  }

  /** For /healthz: is L2 usable, and how full is L1. */
  status() {
    const l1 = { bytes: this.#l1.calculatedSize, entries: this.#l1.size, maxBytes: this.maxBytes }
    if (!this.#l2) return { l2: 'disabled' as const, l1 }
    const { state, ...redis } = this.#l2.status()
    return { l2: state satisfies L2State, l1, redis }
  }

  /** Counters and ratios per namespace, plus L1/L2 state: a plain object for monitoring. */
  stats() {
    const namespaces: Record<string, NamespaceStats> = {}
    for (const [name, ns] of this.#namespaces) namespaces[name] = snapshot(ns.counters)
    return { namespaces, ...this.status(), l2Counters: this.#l2 && { ...this.#l2.counters }, taggedTags: this.#tags.size }
  }

  /** Quits Redis (both connections) and stops using it; L1 keeps working. Idempotent. */
  close(): Promise<void> {
    this.#closed ??= this.#l2?.close() ?? RESOLVED
    return this.#closed
  }

  #namespace(name: string): Namespace {
    const last = this.#lastNamespace
    if (last !== undefined && last.name === name) return last
    let ns = this.#namespaces.get(name)
    if (!ns) this.#namespaces.set(name, (ns = createNamespace(name)))
    this.#lastNamespace = ns
    return ns
  }

  /**
   * The fresh L1 entry of a key, or undefined: one map lookup and the freshness check (the same
   * as lru-cache's TTL, which is the fresh part). About once a second per entry, the hit is also
   * told to lru-cache, so what is used stays and what is not is evicted first.
   */
  #fresh(ns: Namespace, key: string): Entry | undefined {
    const entry = ns.entries.get(key)
    if (entry === undefined) return undefined
    const now = this.#now()
    if (now > entry.freshUntil) return undefined
    if (now - entry.touchedAt >= RECENCY_RESOLUTION_MS) {
      entry.touchedAt = now
      this.#l1.get(entry.fullKey)
    }
    return entry
  }

  /** Drops an entry from its namespace's map, unless a newer one for the key replaced it there. */
  #forget(entry: Entry) {
    if (entry.ns.entries.get(entry.key) === entry) entry.ns.entries.delete(entry.key)
  }

  /** A stale L1 value: serve it and refresh once, in the background or (foreground) by this caller. */
  async #serveStale(fullKey: string, entry: Entry, context: FillContext) {
    const { ns, options } = context
    const served = () => {
      ns.counters.stale++
      if (options.status) setStatus(options.status, 'stale', 'l1')
      return entry.value
    }
    if (this.#inflight.has(fullKey)) return served()
    const flight = this.#start(fullKey, { ...context, refresh: true }, entry.tags)
    if (options.refresh !== 'foreground') {
      flight.promise.catch(() => {}) // already logged and counted; the stale value stays in L1
      return served()
    }
    try {
      const fresh = await flight.promise
      ns.counters.misses++
      if (options.status) setStatus(options.status, 'miss')
      return fresh?.value
    } catch {
      return served()
    }
  }

  /** Nothing usable in L1: one caller loads (L2, then origin), the others join it. */
  async #fill(fullKey: string, context: FillContext) {
    const { ns, options } = context
    const flight = this.#start(fullKey, context, NO_TAGS)
    if (flight.joined) {
      ns.counters.joins++
      if (options.status) setStatus(options.status, 'join')
      return (await flight.promise)?.value
    }
    let entry: Entry | undefined
    try {
      entry = await flight.promise
    } finally {
      if (context.source !== 'l2') ns.counters.misses++
    }
    if (context.source !== 'l2' || !entry) {
      if (options.status) setStatus(options.status, 'miss')
      return entry?.value
    }
    if (this.#now() <= entry.freshUntil) {
      ns.counters.hits++
      if (options.status) setStatus(options.status, 'hit', 'l2')
      return entry.value
    }
    // Redis had it, but stale: serve it and refresh it like any stale value.
    ns.counters.stale++
    if (options.status) setStatus(options.status, 'stale', 'l2')
    this.#start(fullKey, { ...context, source: undefined, refresh: true }, entry.tags).promise.catch(() => {})
    return entry.value
  }

  /**
   * Starts or joins the lru-cache fetch of a key (past its fresh TTL lru-cache loads anew, keeping
   * the stale value in place meanwhile); a starter registers the key's tags as in flight.
   */
  #start(fullKey: string, context: FillContext, staleTags: readonly string[]): Flight {
    const status: LRUCache.Status<string, Entry, FillContext> = {}
    const promise = this.#l1.fetch(fullKey, { context, status, allowStale: false })
    const joined = status.fetch === 'inflight'
    if (!joined) {
      const flight = { tags: mergeTags(context.options.tags ?? NO_TAGS, staleTags) }
      this.#inflight.set(fullKey, flight)
      const settle = () => this.#inflight.get(fullKey) === flight && this.#inflight.delete(fullKey)
      promise.then(settle, settle)
    }
    return { promise, context, joined }
  }

  /** lru-cache's `fetchMethod`: L2 first, then the origin; writes the origin's value to L2. */
  async #load(
    fullKey: string,
    signal: AbortSignal,
    setOptions: LRUCache.FetcherFetchOptions<string, Entry, FillContext>,
    context: FillContext,
  ) {
    const { options, ns, key, refresh } = context
    const codec = (options.codec ?? valueCodec) as Codec<unknown>
    let read: L2Read | undefined
    if (this.#l2) {
      read = await this.#l2.read(fullKey, options.tags ?? NO_TAGS)
      const found = read?.bytes && this.#decode(read.bytes, codec, ns, key)
      const now = this.#now()
      // A refresh (or a caller that refreshes in the foreground) only takes a fresh value from L2.
      const staleAccepted = !refresh && options.refresh !== 'foreground'
      if (found && (now <= found.freshUntil || (staleAccepted && now <= found.staleUntil))) {
        ns.counters.l2Hits++
        context.source = 'l2'
        setOptions.ttl = lruTtl(found, now)
        return found
      }
      if (read) ns.counters.l2Misses++
    }
    ns.counters.originCalls++
    let value: unknown
    try {
      value = await context.origin()
    } catch (error) {
      ns.counters.errors++
      if (refresh) this.#logger.warn('cache refresh failed, serving stale', { key: fullKey, error })
      throw error
    }
    if (value === undefined) return undefined
    const now = this.#now()
    const entry = createEntry(value, options, ns, key, now)
    setOptions.ttl = lruTtl(entry, now)
    // Only write what was read while Redis answered: `read.guard` stops the write if another
    // replica invalidated a tag meanwhile, `signal.aborted` if this one did.
    if (this.#l2 && read && !signal.aborted) {
      void this.#l2.write(fullKey, encodeEntry(entry, codec), entry.staleUntil - now, entry.tags, { guard: read.guard })
    }
    return entry
  }

  #decode(bytes: Uint8Array, codec: Codec<unknown>, ns: Namespace, key: string): Entry | undefined {
    try {
      return decodeEntry(bytes, codec, ns, key, this.#now())
    } catch (error) {
      this.#logger.warn('ignored an unreadable L2 entry', { error })
      return undefined
    }
  }

  /** Drops keys and tagged entries from L1, aborting their in-flight fills so those are not stored. */
  #dropLocal(tags: readonly string[], fullKeys: readonly string[]) {
    for (const fullKey of fullKeys) this.#deleteLocal(fullKey)
    if (!tags.length) return
    for (const fullKey of this.#tags.keysFor(tags)) this.#deleteLocal(fullKey)
    for (const [fullKey, flight] of this.#inflight) {
      if (flight.tags.some((tag) => tags.includes(tag))) this.#deleteLocal(fullKey)
    }
  }

  /**
   * Deletes a key from L1. lru-cache does not dispose a value that is being refreshed (it only
   * aborts the refresh), so the stale value it kept is forgotten here too: nothing deleted can be
   * found in a namespace's map.
   */
  #deleteLocal(fullKey: string) {
    const kept = this.#l1.peek(fullKey, { allowStale: true })
    this.#l1.delete(fullKey)
    if (kept !== undefined) this.#forget(kept)
  }
}

const setStatus = (status: FetchStatus, outcome: FetchStatus['outcome'], layer?: FetchStatus['layer']) => {
  status.outcome = outcome
  status.layer = layer
}

const mergeTags = (a: readonly string[], b: readonly string[]) => (!b.length ? a : !a.length ? b : [...new Set([...a, ...b])])
