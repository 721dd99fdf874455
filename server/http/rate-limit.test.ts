import { describe, expect, test } from 'bun:test'
import { createRateLimiter } from './rate-limit.ts'

describe('createRateLimiter', () => {
  test('allows `limit` hits per window per key, then refuses until the window ends', () => {
    let now = 0
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => now })
    expect([1, 2, 3].map(() => limiter.hit('a').allowed)).toEqual([true, true, true])
    now = 15_000
    expect(limiter.hit('a')).toEqual({ allowed: false, remaining: 0, retryAfterSec: 45 })
    expect(limiter.hit('b').allowed).toBe(true)
    now = 60_000
    expect(limiter.hit('a')).toEqual({ allowed: true, remaining: 2, retryAfterSec: 60 })
  })

  test('memory stays bounded: the least recently seen keys are forgotten', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2, now: () => 0 })
    limiter.hit('a')
    limiter.hit('b')
    limiter.hit('c')
    expect(limiter.hit('a').allowed).toBe(true)
  })

  test('bad options are refused at construction', () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: 1 })).toThrow('createRateLimiter: limit and windowMs must be >= 1')
  })
})
