import { LRUCache } from 'lru-cache'
import type { MiddlewareHandler } from 'hono'
import { HttpError } from './errors.ts'

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSec: number }

export type RateLimiterOptions = {
  /** Attempts allowed per window. */
  limit: number
  windowMs: number
  /** Keys tracked at once; the least recently seen are dropped first, so memory stays bounded. */
  maxKeys?: number
  now?: () => number
}

/**
 * A fixed-window counter per key, in memory. Per process: with several replicas each allows
 * `limit`, which is acceptable for slowing guessing (a shared limit would need Redis).
 */
export const createRateLimiter = ({ limit, windowMs, maxKeys = 10_000, now = Date.now }: RateLimiterOptions) => {
  if (!(limit >= 1) || !(windowMs >= 1)) throw new TypeError('createRateLimiter: limit and windowMs must be >= 1')
  const windows = new LRUCache<string, { start: number; count: number }>({ max: maxKeys })
  return {
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

export type RateLimiter = ReturnType<typeof createRateLimiter>

/** Answers 429 problem+json with Retry-After once `key(c)` has used up its window. */
export const rateLimit = (limiter: RateLimiter, key: (c: Parameters<MiddlewareHandler>[0]) => string): MiddlewareHandler =>
  async function limitRate(c, next) {
    const result = limiter.hit(key(c))
    if (!result.allowed) {
      c.header('Retry-After', String(result.retryAfterSec))
      throw new HttpError(429, 'Too Many Requests', `Too many attempts. Try again in ${result.retryAfterSec} s.`)
    }
    await next()
  }
