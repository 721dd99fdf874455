/**
 * One Redis connection pair per process, and typed pub/sub channels on it.
 *
 * `RedisConnections` opens one command connection (fail-fast: it also serves the cache, and
 * PUBLISH goes out on it so a write and its announcement share a pipeline) and one subscriber
 * connection; every channel of the process shares both. Messages are JSON checked by a zod schema:
 * an invalid one is dropped, logged at warn and counted. A process's own messages are not
 * delivered back to it (it acted on them locally). Reconnects never stop, and every channel is
 * subscribed again on each reconnect, with `onGap` telling it that messages may have been lost.
 */
import type { Redis } from 'ioredis'
import type { z } from 'zod'
import type { Logger } from '../log.ts'
import { failFastRedisOptions, subscriberRedisOptions, type RedisTuning } from './redis-options.ts'

/**
 * Where every key and channel name starts unless REDIS_PREFIX says otherwise; two deployments on
 * one Redis each set their own. The connections carry the prefix (`keyPrefix`), so every part of
 * the process (cache, invalidation, progress, rate limits, leases) reads it from one place.
 */
export const DEFAULT_KEY_PREFIX = 'reelsmith:'

/** Told about every command on the command connection: its name, latency and whether Redis answered it. */
export type RedisCommandObserver = (command: string, durationMs: number, ok: boolean) => void

/** Every channel message names the process that sent it. */
export type ChannelMessage = { from: string }

export interface ChannelOptions<T extends ChannelMessage> {
  /** The channel's full name on Redis. */
  name: string
  /** Names the messages in the log: "ignored malformed <label> message". */
  label: string
  schema: z.ZodType<T>
  /** Called with every valid message another process sent. */
  onMessage: (message: T) => void
  /** Called when the subscription is back after a gap in which messages may have been lost. */
  onGap?: () => void
}

export interface ChannelCounters {
  received: number
  malformed: number
  /** Through `publish()` only: what a caller sends itself with `encode()` it counts itself. */
  published: number
  publishFailures: number
}

export interface RedisChannel<T extends ChannelMessage> {
  readonly name: string
  readonly counters: Readonly<ChannelCounters>
  /** True while the subscriber connection holds this channel's subscription. */
  readonly subscribed: boolean
  /** The wire form of a message sent from this process (for a pipeline or a script that publishes). */
  encode(message: Omit<T, 'from'>): string
  /** Sends a message; resolves false instead of throwing when Redis cannot take it. */
  publish(message: Omit<T, 'from'>): Promise<boolean>
  /** Stops delivery and unsubscribes; the connections stay for the others. */
  close(): Promise<void>
}

export interface RedisConnectionsOptions {
  url: string
  logger: Logger
  /** This process on every channel. @default a random UUID */
  instanceId?: string
  /** REDIS_PREFIX. @default DEFAULT_KEY_PREFIX */
  keyPrefix?: string
  tuning?: RedisTuning
}

/** What the shared subscriber knows of a channel, whatever its message type. */
interface Subscription {
  readonly name: string
  subscribed: boolean
  subscribedOnce: boolean
  readonly options: { onGap?: () => void }
  deliver(raw: string): void
}

class Channel<T extends ChannelMessage> implements RedisChannel<T>, Subscription {
  readonly counters: ChannelCounters = { received: 0, malformed: 0, published: 0, publishFailures: 0 }
  subscribed = false
  subscribedOnce = false
  readonly name: string

  constructor(
    readonly options: ChannelOptions<T>,
    readonly owner: RedisConnections,
  ) {
    this.name = options.name
  }

  encode(message: Omit<T, 'from'>) {
    return JSON.stringify({ from: this.owner.instanceId, ...message })
  }

  publish(message: Omit<T, 'from'>): Promise<boolean> {
    return this.owner.client.publish(this.name, this.encode(message)).then(
      () => {
        this.counters.published++
        this.owner.noteSuccess()
        return true
      },
      (error: Error) => {
        this.counters.publishFailures++
        this.owner.noteError(error)
        return false
      },
    )
  }

  deliver(raw: string) {
    const message = parseJson(raw, this.options.schema)
    if (!message) {
      this.counters.malformed++
      return this.owner.logger.warn(`ignored malformed ${this.options.label} message`, { channel: this.name, raw: raw.slice(0, 200) })
    }
    if (message.from === this.owner.instanceId) return
    this.counters.received++
    this.options.onMessage(message)
  }

  close() {
    return this.owner.remove(this)
  }
}

export class RedisConnections {
  readonly instanceId: string
  /** What every key and channel of this deployment starts with. */
  readonly keyPrefix: string
  readonly logger: Logger
  /** Commands and PUBLISH: fail-fast, never queued while disconnected. */
  readonly client: Redis
  readonly counters = { errors: 0 }
  lastError: string | undefined
  #subscriber: Redis
  #channels = new Map<string, Subscription>()
  #failing = false
  #closing: Promise<void> | undefined

  constructor(options: RedisConnectionsOptions) {
    // Required, not imported: ioredis costs ~18 ms of cold start and only Redis set-ups need it.
    const { Redis: RedisClient } = require('ioredis') as typeof import('ioredis')
    this.instanceId = options.instanceId ?? crypto.randomUUID()
    this.keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX
    this.logger = options.logger
    // Named after the process, so CLIENT LIST tells which replica holds which connection.
    this.client = new RedisClient(options.url, { ...failFastRedisOptions(options.tuning), connectionName: `reelsmith:${this.instanceId}` })
    this.#subscriber = new RedisClient(options.url, {
      ...subscriberRedisOptions(options.tuning),
      connectionName: `reelsmith-subscriber:${this.instanceId}`,
    })
    // Without a listener an 'error' event would end the process; reconnecting goes on regardless.
    this.client.on('error', (error: Error) => this.noteError(error))
    this.#subscriber.on('error', (error: Error) => this.noteError(error))
    this.client.on('ready', () => {
      this.#failing = false
      this.logger.info('redis connected', { url: redactUrl(options.url) })
    })
    this.#subscriber.on('close', () => {
      for (const channel of this.#channels.values()) channel.subscribed = false
    })
    this.#subscriber.on('ready', () => {
      for (const channel of this.#channels.values()) this.#subscribe(channel)
    })
    this.#subscriber.on('message', (name: string, raw: string) => this.#channels.get(name)?.deliver(raw))
  }

  /**
   * Times every command the command connection sends (pipelined ones included: ioredis sends each
   * through `sendCommand`). Once per process, by the metrics; a wrapper, so nothing changes without it.
   */
  observeCommands(observe: RedisCommandObserver, now: () => number = () => performance.now()): void {
    const client = this.client
    const send = client.sendCommand.bind(client)
    client.sendCommand = ((command: Parameters<Redis['sendCommand']>[0], ...rest: unknown[]) => {
      const started = now()
      const result = (send as (...args: unknown[]) => unknown)(command, ...rest)
      command.promise.then(
        () => observe(command.name, now() - started, true),
        () => observe(command.name, now() - started, false),
      )
      return result
    }) as Redis['sendCommand']
  }

  /** A typed channel on the shared subscriber; one per name. */
  channel<T extends ChannelMessage>(options: ChannelOptions<T>): RedisChannel<T> {
    if (this.#channels.has(options.name)) throw new Error(`redis channel ${options.name} is already open`)
    const channel = new Channel<T>(options, this)
    this.#channels.set(options.name, channel)
    if (this.#subscriber.status === 'ready') this.#subscribe(channel)
    return channel
  }

  /** Logs the first error of an outage as a warning, the rest at debug level; counts them all. */
  noteError(error: Error) {
    this.counters.errors++
    this.lastError = error.message
    if (this.#failing) return this.logger.debug('redis error', { error: error.message })
    this.#failing = true
    this.logger.warn('redis unavailable: the cache serves from memory and origin, progress stays on this replica', { error: error.message })
  }

  /** A command succeeded: the outage, if any, is over (the next error is warned about again). */
  noteSuccess() {
    this.#failing = false
  }

  /** @internal for Channel.close */
  async remove(channel: Subscription) {
    if (this.#channels.get(channel.name) !== channel) return
    this.#channels.delete(channel.name)
    channel.subscribed = false
    if (this.#subscriber.status === 'ready') await this.#subscriber.unsubscribe(channel.name).catch(() => {})
  }

  /** Quits both connections (waits for in-flight replies); idempotent. */
  close(): Promise<void> {
    this.#channels.clear()
    this.#closing ??= Promise.all([quit(this.client), quit(this.#subscriber)]).then(() => undefined)
    return this.#closing
  }

  #subscribe(channel: Subscription) {
    this.#subscriber.subscribe(channel.name).then(
      () => {
        if (this.#channels.get(channel.name) !== channel) return
        channel.subscribed = true
        if (channel.subscribedOnce) channel.options.onGap?.()
        channel.subscribedOnce = true
      },
      (error: Error) => this.noteError(error),
    )
  }
}

const parseJson = <T>(raw: string, schema: z.ZodType<T>): T | undefined => {
  try {
    const result = schema.safeParse(JSON.parse(raw))
    return result.success ? result.data : undefined
  } catch {
    return undefined
  }
}

/** A connected client quits politely; one that is not connected is just torn down. */
const quit = async (client: Redis) => {
  if (client.status === 'end') return
  if (client.status !== 'ready') return client.disconnect()
  try {
    await client.quit()
  } catch {
    client.disconnect()
  }
}

/** Never log a password from REDIS_URL. */
const redactUrl = (url: string) => url.replace(/\/\/[^@/]*@/, '//***@')
