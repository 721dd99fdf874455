import { describe, expect, test } from 'bun:test'
import type { CacheTotals } from '../../server/metrics/cache.ts'
import { createHttpMetrics } from '../../server/metrics/http.ts'
import type { ProcessReadings } from '../../server/metrics/process.ts'
import { createRegistry } from '../../server/metrics/registry.ts'
import { createSeries } from '../../server/metrics/series.ts'
import type { SeriesSample, SeriesSnapshot } from '../../shared/series-shape.ts'
import { appendSample, fromSnapshot, hasValues, latest, mean, peak, topRoutes, total } from './data.ts'

/**
 * The server's real sampler on fake time, so these tests speak the stream's real shapes. Every
 * message goes through JSON, as it does over SSE.
 */
const server = (capacity: number) => {
  let clock = 1_700_000_000_000
  const http = createHttpMetrics(createRegistry())
  const readings: ProcessReadings = { rssBytes: 90e6, heapUsedBytes: 40e6, eventLoopLagMs: 1.5, uptimeSec: 1, memory: 'ok' }
  let cache: Record<string, CacheTotals> = {}
  const series = createSeries(
    { latency: http.duration, process: { readings }, cache: { totals: () => cache } },
    { now: () => clock, capacity },
  )
  const overJson = <T>(value: T): T => JSON.parse(JSON.stringify(value))
  return {
    readings,
    /** One second passes with these requests (route, ms, count) and cache totals, then the sampler runs. */
    second(requests: [string, number, number][] = [], cacheTotals?: Record<string, CacheTotals>): SeriesSample {
      for (const [route, ms, count] of requests) for (let i = 0; i < count; i++) http.record('GET', route, 200, ms, null)
      if (cacheTotals) cache = cacheTotals
      clock += 1000
      return overJson(series.sample())
    },
    snapshot: (): SeriesSnapshot => overJson(series.snapshot()),
  }
}

describe('the dashboard copy of the series', () => {
  test('a snapshot becomes columns uPlot can draw: time in seconds, gaps as null, one length for all', () => {
    const live = server(60)
    live.second([['/', 4, 10]])
    live.second()
    const data = fromSnapshot(live.snapshot())
    expect(data.time).toEqual([1_700_000_001, 1_700_000_002])
    expect(data.rps).toEqual([10, 0])
    expect(data.p95[0]).toBeGreaterThan(0)
    expect(data.p95[1]).toBeNull()
    for (const column of [data.p50, data.rss, data.lagMs, data.hitRate.ai!, data.routes['/']!.n]) expect(column).toHaveLength(2)
  })

  test('appending every sample keeps the copy equal to what a fresh snapshot would say, capacity included', () => {
    const live = server(5)
    live.second([['/a', 3, 5]])
    const data = fromSnapshot(live.snapshot())
    const traffic: [string, number, number][][] = [
      [['/a', 3, 5]],
      [['/b', 40, 2]],
      [],
      [
        ['/a', 700, 1],
        ['/c', 8, 3],
      ],
      [['/b', 9, 4]],
      [],
      [['/c', 2, 9]],
      [],
    ]
    let answered = 0
    for (const [second, requests] of traffic.entries()) {
      answered += second % 2
      appendSample(data, live.second(requests, { ai: { answered, calls: second + 1 }, db: { answered: 0, calls: 0 } }))
    }
    const fresh = fromSnapshot(live.snapshot())
    expect(data.time).toHaveLength(5)
    expect(data).toEqual(fresh)
  })

  test('a route first seen in a sample gets a column with gaps before it; routes without a request this second get a gap', () => {
    const live = server(60)
    live.second([['/a', 3, 1]])
    const data = fromSnapshot(live.snapshot())
    appendSample(data, live.second([['/new', 5, 2]]))
    expect(data.routes['/new']!.n).toEqual([null, 2])
    expect(data.routes['/a']!.n).toEqual([1, null])
  })

  test('a route whose requests all left the window is forgotten, so the copy stays bounded', () => {
    const live = server(3)
    const data = fromSnapshot(live.snapshot())
    appendSample(data, live.second([['/once', 3, 1]]))
    for (let i = 0; i < 3; i++) appendSample(data, live.second([['/steady', 3, 1]]))
    expect(Object.keys(data.routes)).toEqual(['/steady'])
  })

  test('memory state and vitals follow the newest sample; vitals stay when a sample brings none', () => {
    const live = server(60)
    const data = fromSnapshot({ ...live.snapshot(), vitals: { '/': { LCP: 1200 } } })
    live.readings.memory = 'high'
    appendSample(data, live.second())
    expect(data.memory).toBe('high')
    expect(data.vitals).toEqual({ '/': { LCP: 1200 } })
    appendSample(data, { ...live.second(), vitals: { '/': { LCP: 900, INP: 40 } } })
    expect(data.vitals).toEqual({ '/': { LCP: 900, INP: 40 } })
  })

  test('top routes: the busiest over the window, at most ten', () => {
    const live = server(60)
    const routes = Array.from({ length: 12 }, (_, i) => `/r${String(i).padStart(2, '0')}`)
    live.second(routes.map((route, i) => [route, 5, i + 1]))
    live.second([['/r00', 5, 20]])
    const top = topRoutes(fromSnapshot(live.snapshot()))
    expect(top).toHaveLength(10)
    expect(top[0]).toBe('/r00')
    expect(top.slice(1, 3)).toEqual(['/r11', '/r10'])
    expect(top).not.toContain('/r01')
  })
})

describe('figures read from a column', () => {
  const column = [null, 2, 0, 7, null]
  test('latest skips trailing gaps; peak, mean and total ignore gaps', () => {
    expect(latest(column)).toBe(7)
    expect(peak(column)).toBe(7)
    expect(mean(column)).toBe(3)
    expect(total(column)).toBe(9)
  })

  test('over the last N seconds only', () => {
    expect(total(column, 2)).toBe(7)
    expect(mean(column, 3)).toBe(3.5)
  })

  test('an empty or all-gap column has no latest, peak or mean (null), a total of 0', () => {
    for (const empty of [[], [null, null]]) {
      expect([latest(empty), peak(empty), mean(empty), total(empty)]).toEqual([null, null, null, 0])
      expect(hasValues(empty)).toBe(false)
    }
    expect(hasValues([0, null])).toBe(true)
    expect(hasValues([0, null], true)).toBe(false)
  })
})
