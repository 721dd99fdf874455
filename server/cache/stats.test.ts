import { describe, expect, test } from 'bun:test'
import { createCounters, snapshot } from './stats.ts'

describe('snapshot', () => {
  test('ratios are 0, not NaN, before any call', () => {
    const stats = snapshot(createCounters())
    expect(stats.calls).toBe(0)
    expect(stats.hitRatio).toBe(0)
    expect(stats.l1HitRatio).toBe(0)
    expect(stats.l2HitRatio).toBe(0)
    expect(stats.originCallsSaved).toBe(0)
  })

  test('hits, stale and single-flight joins count as answered without an origin call of their own', () => {
    const counters = { ...createCounters(), hits: 7, l1Hits: 6, l2Hits: 1, l2Misses: 3, stale: 1, joins: 1, misses: 1, originCalls: 2 }
    const stats = snapshot(counters)
    expect(stats.calls).toBe(10)
    expect(stats.hitRatio).toBe(9 / 10)
    expect(stats.l1HitRatio).toBe(6 / 10)
    expect(stats.l2HitRatio).toBe(1 / 4)
    expect(stats.originCallsSaved).toBe(1 - 2 / 10)
  })
})
