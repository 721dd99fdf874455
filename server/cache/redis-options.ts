/**
 * ioredis options for a cache that must never make a request wait on Redis.
 *
 * With its defaults ioredis queues commands while disconnected and retries each one up to 20
 * times: a command then waits about 10.5 s when Redis is down (measured on Bun and Node). A cache
 * miss is cheaper than that, so commands here fail at once when the connection is not ready, are
 * never retried, and time out after a few hundred ms; the connection itself is retried forever
 * in the background so L2 comes back on its own.
 */
import type { RedisOptions } from 'ioredis'

export interface RedisTuning {
  /** Deadline for one command; a hung Redis costs a request at most this. @default 300 */
  commandTimeoutMs?: number
  /** Deadline for TCP connect + handshake. @default 500 */
  connectTimeoutMs?: number
  /** Longest pause between reconnect attempts (they back off up to this, and never stop). @default 2000 */
  maxReconnectDelayMs?: number
}

/** Backoff from 50 ms doubling to `maxDelayMs`; never returns null, so reconnecting never gives up. */
export const reconnectDelay =
  (maxDelayMs: number) =>
  (attempt: number): number =>
    Math.min(50 * 2 ** Math.min(attempt - 1, 16), maxDelayMs)

/** For the connection that serves requests (GET/SET/scripts) and publishes. */
export const failFastRedisOptions = (tuning: RedisTuning = {}): RedisOptions => ({
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  commandTimeout: tuning.commandTimeoutMs ?? 300,
  connectTimeout: tuning.connectTimeoutMs ?? 500,
  retryStrategy: reconnectDelay(tuning.maxReconnectDelayMs ?? 2000),
  // Concurrent commands issued in one tick go out as one pipeline (one round trip).
  enableAutoPipelining: true,
})

/**
 * For the pub/sub connection. It serves no request, so it may queue its SUBSCRIBE until
 * connected; we resubscribe ourselves on every `ready` (to know when messages may have been lost).
 */
export const subscriberRedisOptions = (tuning: RedisTuning = {}): RedisOptions => ({
  enableOfflineQueue: true,
  maxRetriesPerRequest: null,
  autoResubscribe: false,
  autoResendUnfulfilledCommands: false,
  connectTimeout: tuning.connectTimeoutMs ?? 500,
  retryStrategy: reconnectDelay(tuning.maxReconnectDelayMs ?? 2000),
})
