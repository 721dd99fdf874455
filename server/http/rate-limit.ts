import { LRUCache } from 'lru-cache'
import type { Context } from 'hono'

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSec: number }

/**
 * A budget of `limit` attempts per `windowMs` per key: in memory (`createRateLimiter`), or shared
 * by every replica through Redis (`createSharedRateLimiter`, shared-rate-limit.ts).
 */
export interface RateLimiter {
  readonly limit: number
  readonly windowMs: number
  hit(key: string): RateLimitResult | Promise<RateLimitResult>
}

export type RateLimiterOptions = {
  /** Attempts allowed per window. */
  limit: number
  windowMs: number
  /** Keys tracked at once; the least recently seen are dropped first, so memory stays bounded. */
  maxKeys?: number
  now?: () => number
}

/**
 * A fixed-window counter per key, in memory, answered synchronously. Per process: the limiters
 * that must hold across replicas go through Redis when there is one (shared-rate-limit.ts), with
 * this one as their stand-in while Redis is away.
 */
export const createRateLimiter = ({ limit, windowMs, maxKeys = 10_000, now = Date.now }: RateLimiterOptions) => {
  if (!(limit >= 1) || !(windowMs >= 1)) throw new TypeError('createRateLimiter: limit and windowMs must be >= 1')
  const windows = new LRUCache<string, { start: number; count: number }>({ max: maxKeys })
  return {
    limit,
    windowMs,
    hit(key: string): RateLimitResult {
      const at = now()
      let window = windows.get(key)
      if (!window || at - window.start >= windowMs) windows.set(key, (window = { start: at, count: 0 }))
      window.count++
      const retryAfterSec = Math.ceil((window.start + windowMs - at) / 1000)
      return { allowed: window.count <= limit, remaining: Math.max(0, limit - window.count), retryAfterSec }
    },
    reset(key: string) {
      windows.delete(key)
    },
  }
}

export type MemoryRateLimiter = ReturnType<typeof createRateLimiter>

/**
 * The IETF RateLimit header fields in their widely implemented form (draft 6: `RateLimit-Limit`,
 * `-Remaining`, `-Reset` in seconds, and `RateLimit-Policy`), plus `Retry-After` when refused.
 */
export const setRateLimitHeaders = (c: Context, limiter: Pick<RateLimiter, 'limit' | 'windowMs'>, result: RateLimitResult) => {
  c.header('RateLimit-Limit', String(limiter.limit))
  c.header('RateLimit-Remaining', String(result.remaining))
  c.header('RateLimit-Reset', String(result.retryAfterSec))
  c.header('RateLimit-Policy', `${limiter.limit};w=${Math.ceil(limiter.windowMs / 1000)}`)
  if (!result.allowed) c.header('Retry-After', String(result.retryAfterSec))
}
