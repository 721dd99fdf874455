import { describe, expect, test } from 'bun:test'
import { checkBuckets, histogramQuantile } from './quantile.ts'
import { HistogramChild } from './registry.ts'

/** A histogram child filled with `values`. */
const filled = (bounds: readonly number[], values: Iterable<number>) => {
  const child = new HistogramChild(Float64Array.from(bounds))
  for (const value of values) child.observe(value)
  return child
}

/** The exact q-quantile of a sorted sample, by the same "rank = q × n" rule. */
const exactQuantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!

/** A seeded PRNG (mulberry32), so the "random" distributions are the same on every run. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const range = (count: number, at: (i: number) => number) => Array.from({ length: count }, (_, i) => at(i))
const HTTP_MS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000]

describe('histogramQuantile: linear interpolation inside the bucket holding the rank (as Prometheus)', () => {
  test('values spread evenly inside each bucket give exact quantiles', () => {
    // 1,000 values 0.5, 1.5, … 999.5: uniform on [0, 1000], ten buckets of 100.
    const child = filled(
      range(10, (i) => (i + 1) * 100),
      range(1000, (i) => i + 0.5),
    )
    expect(child.quantile(0.5)).toBeCloseTo(500, 9)
    expect(child.quantile(0.95)).toBeCloseTo(950, 9)
    expect(child.quantile(0.99)).toBeCloseTo(990, 9)
    expect(child.quantile(0.25)).toBeCloseTo(250, 9)
  })

  test('an exponential distribution, with fine buckets, is recovered within one bucket width', () => {
    // Values at the distribution's own quantiles (inverse CDF of evenly spaced probabilities).
    const rate = 1 / 40 // mean 40 ms
    const values = range(100_000, (i) => -Math.log(1 - (i + 0.5) / 100_000) / rate)
    const child = filled(
      range(400, (i) => (i + 1) * 1),
      values,
    ) // 1 ms buckets up to 400 ms
    for (const q of [0.5, 0.9, 0.95, 0.99]) {
      const truth = -Math.log(1 - q) / rate
      expect(Math.abs(child.quantile(q) - truth)).toBeLessThan(1)
    }
  })

  test('with coarse latency buckets the estimate stays inside the bucket of the exact quantile', () => {
    const random = seeded(42)
    // Log-normal latencies around 20 ms (Box-Muller): a typical long-tailed server profile.
    const values = range(20_000, () =>
      Math.exp(Math.log(20) + 0.9 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())),
    )
    const sorted = [...values].sort((a, b) => a - b)
    const child = filled(HTTP_MS, values)
    for (const q of [0.5, 0.95, 0.99]) {
      const exact = exactQuantile(sorted, q)
      const bucket = HTTP_MS.findIndex((bound) => exact <= bound)
      const lower = bucket === 0 ? 0 : HTTP_MS[bucket - 1]!
      const estimate = child.quantile(q)
      expect(estimate).toBeGreaterThanOrEqual(lower)
      expect(estimate).toBeLessThanOrEqual(HTTP_MS[bucket]!)
    }
  })

  test('the rank falls in the first bucket: interpolated from 0', () => {
    const child = filled([10, 20], [1, 2, 3, 4])
    expect(child.quantile(0.5)).toBe(5)
    expect(child.quantile(1)).toBe(10)
  })

  test('the rank falls in the +Inf bucket: the highest finite bound is all we know', () => {
    const child = filled([10, 20], [5, 50, 60, 70])
    expect(child.quantile(0.99)).toBe(20)
  })

  test('q = 0 is the lower edge of the first non-empty bucket, not 0/0', () => {
    const child = filled([10, 20, 30], [25, 26])
    expect(child.quantile(0)).toBe(20)
  })

  test('no observations: NaN, not a made-up 0', () => {
    expect(filled([1, 2], []).quantile(0.5)).toBeNaN()
  })

  test('q outside [0, 1] answers -Inf / +Inf like Prometheus; NaN gives NaN', () => {
    const child = filled([1], [0.5])
    expect(child.quantile(-0.1)).toBe(-Infinity)
    expect(child.quantile(1.1)).toBe(Infinity)
    expect(child.quantile(NaN)).toBeNaN()
  })

  test('a first bucket with a bound <= 0 returns that bound', () => {
    expect(histogramQuantile(0.5, [0, 10], [4, 0, 0])).toBe(0)
    expect(histogramQuantile(0.5, [-5, 10], [4, 0, 0])).toBe(-5)
  })
})

describe('HistogramChild.observe', () => {
  test('a value equal to a bound belongs to that bucket (le = less or equal)', () => {
    const child = filled([1, 2], [1, 2, 2.0001])
    expect([...child.counts]).toEqual([1, 1, 1])
    expect(child.count).toBe(3)
    expect(child.sum).toBeCloseTo(5.0001, 9)
  })

  test('NaN is dropped; infinities land in the outer buckets', () => {
    const child = filled([1], [NaN, Infinity, -Infinity])
    expect(child.count).toBe(2)
    expect([...child.counts]).toEqual([1, 1])
  })
})

describe('checkBuckets', () => {
  test('rejects empty, unordered, duplicate and infinite bounds with a message naming the metric', () => {
    expect(() => checkBuckets([], 'm')).toThrow('m: buckets must not be empty')
    expect(() => checkBuckets([2, 1], 'm')).toThrow('m: bucket bounds must be strictly increasing')
    expect(() => checkBuckets([1, 1], 'm')).toThrow('strictly increasing')
    expect(() => checkBuckets([1, Infinity], 'm')).toThrow('+Inf is implicit')
  })
})
