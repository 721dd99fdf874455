/**
 * The app's attempt budgets, in one place, and the limiters that keep them: shared through Redis
 * when the process has it (every replica counts together), in memory otherwise.
 */
import type { Redis } from 'ioredis'
import type { Logger } from '../log.ts'
import { createRateLimiter, type RateLimiter } from './rate-limit.ts'
import { createSharedRateLimiter } from './shared-rate-limit.ts'

export const RATE_LIMITS = {
  // Per client address and per e-mail: plenty for people, slow for guessing (10 per 15 minutes).
  login: { limit: 10, windowMs: 15 * 60_000 },
  // Per address: looser than log-ins (an office shares one address), still bounded.
  signup: { limit: 30, windowMs: 60 * 60_000 },
  // Vitals reports per address: a page sends one or two; more is a loop or abuse.
  rum: { limit: 30, windowMs: 60_000 },
} as const

export type RateLimiters = Record<keyof typeof RATE_LIMITS, RateLimiter>

export interface RateLimitersOptions {
  logger: Logger
  now?: () => number
  /** With REDIS_URL: the process's command connection and the deployment's key prefix. */
  redis?: { client: Redis; keyPrefix: string }
}

export const createRateLimiters = ({ logger, now, redis }: RateLimitersOptions): RateLimiters => {
  const limiters: Partial<RateLimiters> = {}
  for (const [name, budget] of Object.entries(RATE_LIMITS) as [keyof RateLimiters, (typeof RATE_LIMITS)[keyof RateLimiters]][]) {
    limiters[name] = redis
      ? createSharedRateLimiter({ client: redis.client, keyPrefix: `${redis.keyPrefix}rl:${name}:`, logger, now, ...budget })
      : createRateLimiter({ now, ...budget })
  }
  return limiters as RateLimiters
}
