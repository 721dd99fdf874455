import type { Database } from './types.ts'
import type { Clock, UsageCounts, UsageDay } from './model.ts'
import { toUsageCounts, toUsageDay, type UsageRow } from './rows.ts'

/** UTC calendar day of an epoch-ms instant: the usage table's bucket. */
export const utcDay = (epochMs: number): string => new Date(epochMs).toISOString().slice(0, 10)

/** Per-user, per-day counters of AI work: calls, tokens, cache hits. */
export const createUsageRepo = (db: Database, options: { now?: Clock } = {}) => {
  const now = options.now ?? Date.now

  return {
    /** Adds to today's counters (missing counts add 0). One upsert, so concurrent calls never lose an increment. */
    async record(userId: string, counts: Partial<UsageCounts>): Promise<void> {
      await db.query`
        INSERT INTO usage (user_id, day, ai_calls, tokens_in, tokens_out, cache_hits)
        VALUES (${userId}, ${utcDay(now())}, ${counts.aiCalls ?? 0}, ${counts.tokensIn ?? 0}, ${counts.tokensOut ?? 0}, ${counts.cacheHits ?? 0})
        ON CONFLICT (user_id, day) DO UPDATE SET
          ai_calls = usage.ai_calls + excluded.ai_calls,
          tokens_in = usage.tokens_in + excluded.tokens_in,
          tokens_out = usage.tokens_out + excluded.tokens_out,
          cache_hits = usage.cache_hits + excluded.cache_hits`
    },

    /** All-time totals and the most recent `days` days that had any usage, newest first. */
    async forUser(userId: string, options: { days?: number } = {}): Promise<{ total: UsageCounts; days: UsageDay[] }> {
      const [total] = await db.query<UsageRow>`
        SELECT sum(ai_calls) AS ai_calls, sum(tokens_in) AS tokens_in, sum(tokens_out) AS tokens_out, sum(cache_hits) AS cache_hits
        FROM usage WHERE user_id = ${userId}`
      const days = await db.query<UsageRow & { day: string }>`
        SELECT * FROM usage WHERE user_id = ${userId} ORDER BY day DESC LIMIT ${options.days ?? 30}`
      return { total: toUsageCounts(total ?? { ai_calls: 0, tokens_in: 0, tokens_out: 0, cache_hits: 0 }), days: days.map(toUsageDay) }
    },
  }
}

export type UsageRepo = ReturnType<typeof createUsageRepo>
