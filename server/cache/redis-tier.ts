/**
 * L2: Redis shared by every replica. Everything here degrades to "not available" (undefined)
 * instead of throwing or waiting: a dead or hung Redis costs a request nothing once the breaker
 * is open, and at most one command timeout before that.
 */
import type { Redis } from 'ioredis'
import { z } from 'zod'
import type { Logger } from '../log.ts'
import { CircuitBreaker, type BreakerState, type CircuitBreakerOptions } from './breaker.ts'
import { RedisConnections, type RedisChannel } from './redis-channel.ts'
import type { RedisTuning } from './redis-options.ts'
import { INVALIDATE_SCRIPT, SET_TAGGED_SCRIPT } from './redis-scripts.ts'

/** What one replica tells the others: drop these tags and keys from your L1. */
export const invalidationMessageSchema = z.object({
  from: z.string().min(1),
  tags: z.array(z.string()),
  keys: z.array(z.string()),
})
export type InvalidationMessage = z.infer<typeof invalidationMessageSchema>

/** `up`: in use. `down`: not connected. `open`: connected but failing, skipped by the breaker. */
export type L2State = 'up' | 'down' | 'open'

/** The process's shared connections, or a URL to open (and close) connections of the tier's own. */
export type RedisTierConnection = { connections: RedisConnections } | { url: string; instanceId: string; tuning?: RedisTuning }

export type RedisTierOptions = RedisTierConnection & {
  logger: Logger
  /** Called with another replica's invalidation (own messages are filtered out). */
  onRemoteInvalidation: (message: InvalidationMessage) => void
  /** Called when the pub/sub connection is back after a gap in which messages may have been lost. */
  onInvalidationGap: () => void
  /** Prefix of every key and of the channel. @default the connections' (REDIS_PREFIX) */
  keyPrefix?: string
  breaker?: CircuitBreakerOptions
}

/** A read that reached Redis. `guard` holds the tags' generations for a later `write`. */
export interface L2Read {
  bytes: Uint8Array | undefined
  guard: string[] | undefined
}

/** Invalidations that could not reach Redis; replayed before L2 is read again. Bounded. */
const MAX_PENDING_INVALIDATIONS = 10_000
/** Generation counters outlive any fill by far; expiring them only costs a skipped write. */
const GENERATION_TTL_MS = 24 * 60 * 60 * 1000

interface ScriptCommands {
  rsSetTagged(numKeys: number, ...args: (string | number | Uint8Array)[]): Promise<number>
  rsInvalidate(numKeys: number, ...args: (string | number)[]): Promise<number>
}

export class RedisTier {
  readonly breaker: CircuitBreaker
  readonly counters = { reads: 0, hits: 0, writes: 0, writeConflicts: 0, errors: 0, skipped: 0, remoteInvalidations: 0 }
  #redis: RedisConnections
  #ownsConnections: boolean
  #client: Redis & ScriptCommands
  #channel: RedisChannel<InvalidationMessage>
  #logger: Logger
  #prefix: string
  #pendingTags = new Set<string>()
  #pendingKeys = new Set<string>()
  #flushing = false
  #flushTimer: ReturnType<typeof setTimeout> | undefined
  #closing: Promise<void> | undefined

  constructor(options: RedisTierOptions) {
    this.#logger = options.logger
    this.#ownsConnections = !('connections' in options)
    this.#redis =
      'connections' in options
        ? options.connections
        : new RedisConnections({ url: options.url, logger: options.logger, instanceId: options.instanceId, tuning: options.tuning })
    this.#prefix = options.keyPrefix ?? this.#redis.keyPrefix
    this.breaker = new CircuitBreaker({
      ...options.breaker,
      onStateChange: (to, from) => {
        this.#logger[to === 'open' ? 'warn' : 'info']('redis circuit breaker', { from, to })
        options.breaker?.onStateChange?.(to, from)
      },
    })

    this.#client = this.#redis.client as Redis & ScriptCommands
    this.#client.defineCommand('rsSetTagged', { lua: SET_TAGGED_SCRIPT })
    this.#client.defineCommand('rsInvalidate', { lua: INVALIDATE_SCRIPT })
    this.#client.on('ready', this.#onReady)
    this.#channel = this.#redis.channel({
      name: `${this.#prefix}invalidate`,
      label: 'cache invalidation',
      schema: invalidationMessageSchema,
      onMessage: (message) => {
        this.counters.remoteInvalidations++
        options.onRemoteInvalidation(message)
      },
      // Messages sent while we were disconnected are gone: tell the store to distrust L1.
      onGap: options.onInvalidationGap,
    })
  }

  #onReady = () => this.#flushPending()

  state(): L2State {
    if (this.#client.status !== 'ready') return 'down'
    return this.breaker.state === 'closed' ? 'up' : 'open'
  }

  status() {
    return {
      state: this.state(),
      breaker: this.breaker.state satisfies BreakerState,
      connection: this.#client.status,
      subscribed: this.#channel.subscribed,
      pendingInvalidations: this.#pendingTags.size + this.#pendingKeys.size,
      lastError: this.#redis.lastError,
    }
  }

  /** `undefined` when Redis could not be asked (down, breaker open, invalidations pending). */
  read(key: string, tags: readonly string[]): Promise<L2Read | undefined> {
    if (this.#hasPending()) return this.#skipAndFlush()
    return this.#run(async () => {
      this.counters.reads++
      const valueKey = this.#valueKey(key)
      const [bytes, generations] = await Promise.all([
        this.#client.getBuffer(valueKey),
        tags.length ? this.#client.mget(tags.map((tag) => this.#generationKey(tag))) : undefined,
      ])
      if (bytes) this.counters.hits++
      return { bytes: bytes ?? undefined, guard: generations?.map((generation) => generation ?? '') }
    })
  }

  /**
   * Stores bytes for `ttlMs`. With `guard` (the generations from `read`), a tagged value is only
   * stored if none of its tags was invalidated since that read. With `announce`, the other
   * replicas are told to drop their L1 copy (an explicit write replaces the value). Never throws.
   */
  async write(
    key: string,
    bytes: Uint8Array,
    ttlMs: number,
    tags: readonly string[],
    options: { guard?: string[]; announce?: boolean } = {},
  ): Promise<void> {
    if (this.#hasPending()) return void this.#skipAndFlush()
    const ttl = Math.max(1, Math.ceil(ttlMs))
    const valueKey = this.#valueKey(key)
    const value = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const stored = await this.#run(async () => {
      this.counters.writes++
      const { guard, announce } = options
      const write = tags.length
        ? this.#client.rsSetTagged(
            1 + 2 * tags.length,
            valueKey,
            ...tags.map((tag) => this.#tagKey(tag)),
            ...tags.map((tag) => this.#generationKey(tag)),
            value,
            ttl,
            tags.length,
            guard ? 1 : 0,
            ...(guard ?? []),
          )
        : this.#client.set(valueKey, value, 'PX', ttl).then(() => 1)
      if (!announce) return write
      // Same connection, same pipeline: Redis applies the SET before it publishes.
      const [result] = await Promise.all([write, this.#client.publish(this.#channel.name, this.#channel.encode({ tags: [], keys: [key] }))])
      return result
    })
    if (stored === 0) this.counters.writeConflicts++
  }

  /**
   * Deletes tagged values and keys from Redis and tells the other replicas. If Redis cannot be
   * reached the invalidation is kept and replayed before L2 is read again. Never throws.
   */
  async invalidate(tags: readonly string[], keys: readonly string[]): Promise<void> {
    if (!tags.length && !keys.length) return
    const done = this.#hasPending() ? undefined : await this.#run(() => this.#invalidateNow(tags, keys))
    if (done === undefined) this.#queue(tags, keys)
  }

  /** Leaves the channel and quits the connections if they are the tier's own; idempotent. */
  close(): Promise<void> {
    clearTimeout(this.#flushTimer)
    this.#client.off('ready', this.#onReady)
    this.#closing ??= this.#channel.close().then(() => (this.#ownsConnections ? this.#redis.close() : undefined))
    return this.#closing
  }

  #invalidateNow(tags: readonly string[], keys: readonly string[]) {
    const message = this.#channel.encode({ tags: [...tags], keys: [...keys] })
    return this.#client.rsInvalidate(
      2 * tags.length + keys.length,
      ...tags.map((tag) => this.#tagKey(tag)),
      ...tags.map((tag) => this.#generationKey(tag)),
      ...keys.map((key) => this.#valueKey(key)),
      tags.length,
      keys.length,
      GENERATION_TTL_MS,
      this.#channel.name,
      message,
    )
  }

  /** Runs one operation if Redis may be asked; reports the outcome to the breaker. */
  async #run<T>(operation: () => Promise<T>): Promise<T | undefined> {
    if (this.#client.status !== 'ready' || !this.breaker.allowRequest()) {
      this.counters.skipped++
      return undefined
    }
    try {
      const result = await operation()
      this.breaker.recordSuccess()
      this.#redis.noteSuccess()
      return result
    } catch (error) {
      this.counters.errors++
      this.breaker.recordFailure()
      this.#redis.noteError(error as Error)
      return undefined
    }
  }

  /** True while queued invalidations wait for (or are in) their replay: L2 must not be read then. */
  #hasPending() {
    return this.#flushing || this.#pendingTags.size > 0 || this.#pendingKeys.size > 0
  }

  #skipAndFlush(): Promise<undefined> {
    this.counters.skipped++
    this.#flushPending()
    return Promise.resolve(undefined)
  }

  #queue(tags: readonly string[], keys: readonly string[], { replay = false } = {}) {
    if (!replay && this.#pendingTags.size + this.#pendingKeys.size + tags.length + keys.length > MAX_PENDING_INVALIDATIONS) {
      this.#logger.error('too many invalidations while redis is unavailable; some L2 entries may stay stale until their TTL', {
        dropped: tags.length + keys.length,
      })
      return
    }
    for (const tag of tags) this.#pendingTags.add(tag)
    for (const key of keys) this.#pendingKeys.add(key)
    this.#scheduleFlush()
  }

  /**
   * Retries queued invalidations on a timer too: other replicas may read Redis as soon as it is
   * back, so the replay cannot wait for this replica's next request.
   */
  #scheduleFlush() {
    if (this.#flushTimer || this.#closing) return
    this.#flushTimer = setTimeout(
      () => {
        this.#flushTimer = undefined
        this.#flushPending()
      },
      Math.max(50, this.breaker.cooldownMs),
    )
    this.#flushTimer.unref?.()
  }

  /** Replays queued invalidations once Redis answers again; L2 reads stay off until it succeeds. */
  #flushPending() {
    if (this.#flushing || (this.#pendingTags.size === 0 && this.#pendingKeys.size === 0)) return
    this.#flushing = true
    const tags = [...this.#pendingTags]
    const keys = [...this.#pendingKeys]
    this.#pendingTags.clear()
    this.#pendingKeys.clear()
    void this.#run(() => this.#invalidateNow(tags, keys)).then((done) => {
      this.#flushing = false
      if (done === undefined) this.#queue(tags, keys, { replay: true })
      else this.#logger.info('replayed cache invalidations queued while redis was unavailable', { count: tags.length + keys.length })
    })
  }

  #valueKey(key: string) {
    return `${this.#prefix}c:${key}`
  }

  #tagKey(tag: string) {
    return `${this.#prefix}t:${tag}`
  }

  #generationKey(tag: string) {
    return `${this.#prefix}g:${tag}`
  }
}
