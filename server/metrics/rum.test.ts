import { describe, expect, test } from 'bun:test'
import { renderExposition } from './exposition.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createRegistry } from './registry.ts'
import { createRumMetrics, RUM_BUCKETS, RUM_THRESHOLDS } from './rum.ts'
import { RUM_MAX_BODY_BYTES, RUM_METRICS, rumReportSchema, type RumReport } from '../../shared/rum-schema.ts'

const parse = (body: unknown) => rumReportSchema.safeParse(body)

describe('rumReportSchema accepts what web-vitals sends', () => {
  test('a full report of the five vitals', () => {
    const report: RumReport = {
      route: '/videos/:id',
      metrics: [
        { name: 'LCP', value: 1834.2 },
        { name: 'INP', value: 96 },
        { name: 'CLS', value: 0.021 },
        { name: 'FCP', value: 912.5 },
        { name: 'TTFB', value: 120.3 },
      ],
    }
    expect(parse(report).data).toEqual(report)
    expect(JSON.stringify(report).length).toBeLessThan(RUM_MAX_BODY_BYTES / 10)
  })

  test('route templates of every shape the app registers', () => {
    for (const route of ['/', '/videos/:id', '/admin/metrics', '/u/:userId/videos', '/assets/*', '/a.b~c_d-e/']) {
      expect(parse({ route, metrics: [{ name: 'TTFB', value: 1 }] }).success).toBe(true)
    }
  })
})

describe('rumReportSchema rejects hostile bodies', () => {
  const good = { name: 'LCP', value: 1000 }
  const cases: [string, unknown][] = [
    ['not an object', 'LCP=1000'],
    ['null', null],
    ['an unknown metric name', { route: '/', metrics: [{ name: 'FID', value: 10 }] }],
    ['a lower-case metric name', { route: '/', metrics: [{ name: 'lcp', value: 10 }] }],
    ['a value that is a string', { route: '/', metrics: [{ name: 'LCP', value: '1000' }] }],
    ['a negative value', { route: '/', metrics: [{ name: 'LCP', value: -1 }] }],
    ['an infinite value (JSON 1e999)', JSON.parse('{"route":"/","metrics":[{"name":"LCP","value":1e999}]}')],
    ['a value beyond the plausible range', { route: '/', metrics: [{ name: 'CLS', value: 101 }] }],
    ['an LCP of an hour', { route: '/', metrics: [{ name: 'LCP', value: 3_600_000 }] }],
    ['extra keys in a metric', { route: '/', metrics: [{ ...good, rating: 'good' }] }],
    ['extra keys in the report', { route: '/', metrics: [good], userId: 'u1' }],
    ['no metrics', { route: '/', metrics: [] }],
    ['the same metric twice', { route: '/', metrics: [good, good] }],
    ['more metrics than exist', { route: '/', metrics: [...RUM_METRICS.map((name) => ({ name, value: 1 })), good] }],
    ['a raw URL with a query', { route: '/videos/1?token=abc', metrics: [good] }],
    ['a full URL', { route: 'https://evil.example/', metrics: [good] }],
    ['markup in the route', { route: '/<script>', metrics: [good] }],
    ['a huge route', { route: `/${'a'.repeat(200)}`, metrics: [good] }],
    ['a missing route', { metrics: [good] }],
    ['an array of 10,000 metrics', { route: '/', metrics: Array.from({ length: 10_000 }, () => good) }],
  ]
  for (const [what, body] of cases) {
    test(what, () => expect(parse(body).success).toBe(false))
  }
})

describe('createRumMetrics', () => {
  test('p75 per route and metric, from evenly spread reports', () => {
    const rum = createRumMetrics(createRegistry())
    // 400 page views with LCP 0, 10, … 3990 ms: the 300th value, 2990, is the p75. The 50 values
    // in (2500, 3000] are spread evenly, so interpolating in that bucket finds it exactly.
    for (let i = 0; i < 400; i++) rum.record({ route: '/videos/:id', metrics: [{ name: 'LCP', value: i * 10 }] })
    expect(rum.p75('/videos/:id', 'LCP')).toBeCloseTo(2990, 9)
    expect(rum.p75('/videos/:id', 'INP')).toBeNaN()
    expect(rum.p75('/', 'LCP')).toBeNaN()
  })

  test('CLS uses its own unitless buckets', () => {
    const rum = createRumMetrics(createRegistry())
    for (const value of [0, 0.01, 0.02, 0.05, 0.3, 0.04, 0.03, 0.02]) rum.record({ route: '/', metrics: [{ name: 'CLS', value }] })
    const p75 = rum.p75('/', 'CLS')
    expect(p75).toBeGreaterThan(0.025)
    expect(p75).toBeLessThanOrEqual(0.05)
  })

  test('p75ByRoute gives the dashboard one row per page with reports, rounded for display', () => {
    const rum = createRumMetrics(createRegistry())
    rum.record({
      route: '/',
      metrics: [
        { name: 'TTFB', value: 100 },
        { name: 'CLS', value: 0.5 },
      ],
    })
    rum.record({ route: '/videos/:id', metrics: [{ name: 'INP', value: 40 }] })
    // One report each: the estimate is 3/4 of the way through its bucket, (50, 100] → 87.5.
    expect(rum.p75ByRoute()).toEqual({
      '/': { TTFB: Math.round(rum.p75('/', 'TTFB')), CLS: Math.round(rum.p75('/', 'CLS') * 1000) / 1000 },
      '/videos/:id': { INP: Math.round(rum.p75('/videos/:id', 'INP')) },
    })
    expect(rum.p75('/', 'TTFB')).toBe(87.5)
  })

  test('with a route list, routes the app does not have count as `other`', () => {
    const rum = createRumMetrics(createRegistry(), { routes: ['/', '/videos/:id'] })
    rum.record({ route: '/made/up/:thing', metrics: [{ name: 'LCP', value: 100 }] })
    rum.record({ route: '/videos/:id', metrics: [{ name: 'LCP', value: 100 }] })
    expect(Object.keys(rum.p75ByRoute()).sort()).toEqual(['/videos/:id', 'other'])
  })

  test('the thresholds are bucket bounds, so "share of good views" is exact', () => {
    for (const metric of RUM_METRICS) {
      for (const threshold of RUM_THRESHOLDS[metric]) expect(RUM_BUCKETS[metric]).toContain(threshold)
    }
  })

  test('exposed in seconds (CLS unitless), readable by Prometheus; version counts reports', () => {
    const registry = createRegistry()
    const rum = createRumMetrics(registry)
    rum.record({
      route: '/',
      metrics: [
        { name: 'LCP', value: 2000 },
        { name: 'CLS', value: 0.1 },
      ],
    })
    expect(rum.version).toBe(1)
    const parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_rum_lcp_seconds_sum', { route: '/' })).toBe(2)
    expect(parsed.value('reelsmith_rum_lcp_seconds_bucket', { route: '/', le: '2.5' })).toBe(1)
    expect(parsed.value('reelsmith_rum_cls_bucket', { route: '/', le: '0.1' })).toBe(1)
    expect(parsed.families.get('reelsmith_rum_inp_seconds')?.samples).toEqual([])
  })
})
