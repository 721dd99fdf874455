import { describe, expect, test } from 'bun:test'
import type { CacheTotals } from './cache.ts'
import { createHttpMetrics } from './http.ts'
import type { ProcessReadings } from './process.ts'
import { createRegistry } from './registry.ts'
import { createSeries, type SeriesSample } from './series.ts'

const setup = (options: { capacity?: number; topRoutes?: number } = {}) => {
  let clock = 1_000_000
  const http = createHttpMetrics(createRegistry())
  const readings: ProcessReadings = { rssBytes: 100, heapUsedBytes: 50, eventLoopLagMs: 1.234, uptimeSec: 1, memory: 'ok' }
  let cacheTotals: Record<string, CacheTotals> = {}
  let aiCalls = 0
  const rum = { version: 0, p75ByRoute: () => ({ '/': { LCP: 1200 } }) }
  const series = createSeries(
    {
      latency: http.duration,
      process: { readings },
      cache: { totals: () => cacheTotals },
      aiCalls: () => aiCalls,
      rum,
      memoryLimitBytes: 400,
    },
    { now: () => clock, ...options },
  )
  /** One second passes with these requests, then the sampler runs. */
  const second = (requests: [route: string, ms: number, count: number][] = [], elapsedMs = 1000): SeriesSample => {
    for (const [route, ms, count] of requests) for (let i = 0; i < count; i++) http.record('GET', route, 200, ms, null)
    clock += elapsedMs
    return series.sample()
  }
  return {
    series,
    second,
    readings,
    rum,
    setCache: (next: Record<string, CacheTotals>) => (cacheTotals = next),
    setAiCalls: (next: number) => (aiCalls = next),
  }
}

describe('per-second figures', () => {
  test('requests/s and latency quantiles describe only the last second', () => {
    const { second } = setup()
    const fast = second([['/a', 4, 100]])
    expect(fast.rps).toBe(100)
    // 4 ms sits in the (2.5, 5] bucket: every quantile interpolates inside it.
    for (const q of [fast.p50!, fast.p95!, fast.p99!]) {
      expect(q).toBeGreaterThan(2.5)
      expect(q).toBeLessThanOrEqual(5)
    }
    const slow = second([['/a', 800, 10]])
    expect(slow.rps).toBe(10)
    expect(slow.p50!).toBeGreaterThan(500) // the 100 fast requests of the second before do not count
    expect(slow.p50!).toBeLessThanOrEqual(1000)
  })

  test('a second without traffic: 0 requests/s and no latency (null, a gap), not 0 ms', () => {
    const { second } = setup()
    second([['/a', 4, 10]])
    expect(second()).toMatchObject({ rps: 0, p50: null, p95: null, p99: null, routes: {} })
  })

  test('a late tick (a busy loop) divides by the time that really passed', () => {
    const { second } = setup()
    second()
    expect(second([['/a', 1, 30]], 1500).rps).toBe(20)
  })

  test('per route: requests and p95 for the routes that had traffic', () => {
    const { second } = setup()
    const sample = second([
      ['/videos/:id', 20, 30],
      ['/', 2, 5],
    ])
    expect(Object.keys(sample.routes).sort()).toEqual(['/', '/videos/:id'])
    expect(sample.routes['/videos/:id']!.n).toBe(30)
    expect(sample.routes['/videos/:id']!.p95).toBeGreaterThan(10)
    expect(sample.routes['/videos/:id']!.p95).toBeLessThanOrEqual(25)
  })

  test('cache hit rate per namespace and AI calls saved/made come from counter differences', () => {
    const { second, setCache, setAiCalls } = setup()
    setCache({ ai: { answered: 10, calls: 20 }, db: { answered: 5, calls: 5 } })
    setAiCalls(7)
    second()
    setCache({ ai: { answered: 13, calls: 24 }, db: { answered: 5, calls: 5 } })
    setAiCalls(8)
    const sample = second()
    expect(sample.hitRate).toEqual({ ai: 0.75 }) // db had no calls this second: no rate, not 0
    expect(sample.aiSaved).toBe(3)
    expect(sample.aiCalls).toBe(1)
  })

  test('process readings and the memory state are copied; vitals only when new reports arrived', () => {
    const { second, readings, rum } = setup()
    expect(second()).toMatchObject({ rss: 100, heap: 50, lagMs: 1.23, memory: 'ok' })
    expect(second().vitals).toBeUndefined()
    rum.version++
    readings.memory = 'high'
    const sample = second()
    expect(sample.vitals).toEqual({ '/': { LCP: 1200 } })
    expect(sample.memory).toBe('high')
    expect(second().vitals).toBeUndefined()
  })
})

describe('snapshot: the buffer the dashboard loads first', () => {
  test('columns oldest first, bounded by capacity', () => {
    const { series, second } = setup({ capacity: 3 })
    for (let i = 1; i <= 5; i++) second([['/a', 1, i]])
    const snapshot = series.snapshot()
    expect(snapshot.rps).toEqual([3, 4, 5])
    expect(snapshot.t).toHaveLength(3)
    expect(snapshot.capacity).toBe(3)
    expect(snapshot.memoryLimitBytes).toBe(400)
    expect(snapshot.hitRate.ai).toEqual([null, null, null])
  })

  test('carries the busiest routes over the window only, and forgets traffic that left the window', () => {
    const { series, second } = setup({ capacity: 3, topRoutes: 2 })
    second([['/old', 1, 100]])
    second([
      ['/a', 1, 5],
      ['/b', 1, 3],
    ])
    second([['/c', 1, 1]])
    expect(Object.keys(series.snapshot().routes)).toEqual(['/old', '/a'])
    second([['/c', 1, 10]]) // '/old' falls out of the 3-second window
    const routes = series.snapshot().routes
    expect(Object.keys(routes)).toEqual(['/c', '/a'])
    expect(routes['/c']!.n).toEqual([null, 1, 10])
  })

  test('a full hour of samples stays a reasonable download', () => {
    const { series, second } = setup()
    for (let i = 0; i < 3600; i++) second([[`/r${i % 12}`, 3 + (i % 50), 2]])
    const bytes = JSON.stringify(series.snapshot()).length
    expect(series.snapshot().t).toHaveLength(3600)
    expect(bytes).toBeLessThan(800_000)
  })
})

describe('subscribers and the timer', () => {
  test('subscribers get every sample; one that throws does not stop the others', () => {
    const { series, second } = setup()
    const got: number[] = []
    series.subscribe(() => {
      throw new Error('closed stream')
    })
    const unsubscribe = series.subscribe((sample) => got.push(sample.rps))
    second([['/a', 1, 2]])
    unsubscribe()
    second([['/a', 1, 3]])
    expect(got).toEqual([2])
    expect(series.subscribers).toBe(1)
  })

  test('start samples every interval through the injected scheduler; stop cancels', () => {
    let pending: (() => void) | undefined
    const http = createHttpMetrics(createRegistry())
    let clock = 0
    const series = createSeries(
      { latency: http.duration },
      { now: () => clock, schedule: (callback) => ((pending = callback), () => (pending = undefined)) },
    )
    series.start()
    series.start()
    for (let i = 0; i < 3; i++) {
      clock += 1000
      pending!()
    }
    expect(series.ring.size).toBe(3)
    series.stop()
    expect(pending).toBeUndefined()
  })
})
