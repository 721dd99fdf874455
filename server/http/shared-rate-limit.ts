/**
 * A rate limit every replica shares: the counters live in Redis (rate-limiter-flexible's
 * fixed-window `RateLimiterRedis`, one atomic round trip per hit), so two replicas let through
 * `limit` guesses for one e-mail, not twice that, and a restart does not reset them. While Redis
 * cannot answer, this process's in-memory limiter stands in (a limit per replica, never none), and
 * the fallback is logged once per outage.
 */
import type { Redis } from 'ioredis'
import type { RateLimiterRedis as RateLimiterRedisClass, RateLimiterRes as RateLimiterResClass } from 'rate-limiter-flexible'
import type { Logger } from '../log.ts'
import { createRateLimiter, type RateLimiter, type RateLimitResult } from './rate-limit.ts'

export interface SharedRateLimiterOptions {
  /** The process's command connection (fail-fast: a hit never waits for a reconnect). */
  client: Redis
  /** Where this limiter's keys start, e.g. `rs:rl:login:`. */
  keyPrefix: string
  limit: number
  windowMs: number
  logger: Logger
  /** The stand-in's clock. */
  now?: () => number
}

const resultOf = (res: RateLimiterResClass, allowed: boolean): RateLimitResult => ({
  allowed,
  remaining: Math.max(0, res.remainingPoints),
  retryAfterSec: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
})

export const createSharedRateLimiter = (options: SharedRateLimiterOptions): RateLimiter => {
  const { limit, windowMs, logger } = options
  // Required, not imported, and only the two modules used: the package's index loads every store
  // it supports (about 60 ms of cold start), and only Redis set-ups need this.
  const RateLimiterRedis = require('rate-limiter-flexible/lib/RateLimiterRedis') as typeof RateLimiterRedisClass
  const RateLimiterRes = require('rate-limiter-flexible/lib/RateLimiterRes') as typeof RateLimiterResClass
  const shared = new RateLimiterRedis({
    storeClient: options.client,
    keyPrefix: options.keyPrefix,
    points: limit,
    duration: Math.ceil(windowMs / 1000),
    // Refuse at once while disconnected instead of queueing: the stand-in answers.
    rejectIfRedisNotReady: true,
  })
  const standIn = createRateLimiter({ limit, windowMs, now: options.now })
  let degraded = false
  return {
    limit,
    windowMs,
    async hit(key) {
      try {
        const res = await shared.consume(key)
        degraded = false
        return resultOf(res, true)
      } catch (reason) {
        if (reason instanceof RateLimiterRes) {
          degraded = false
          return resultOf(reason, false)
        }
        if (!degraded) logger.warn('rate limit counted in memory while Redis cannot answer', { keyPrefix: options.keyPrefix })
        degraded = true
        return standIn.hit(key)
      }
    },
  }
}
