import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createBrowser } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

/** As the test app resolves addresses: X-Test-Client, loopback by default. */
const from = (ip: string) => ({ 'X-Test-Client': ip })
const scrape = async () => parseExposition(await (await t.app.request('/metrics')).text())

describe('GET /metrics', () => {
  test('from loopback without a token: valid Prometheus text with the HTTP, cache and process series', async () => {
    await t.app.request('/healthz')
    const res = await t.app.request('/metrics')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toStartWith('text/plain; version=0.0.4')
    const metrics = parseExposition(await res.text())
    expect(metrics.samples('reelsmith_http_requests_total', { route: '/healthz' }).length).toBeGreaterThan(0)
    expect(metrics.families.has('reelsmith_http_request_duration_seconds')).toBe(true)
  })

  test('from another address, or through a proxy header, it does not exist', async () => {
    expect((await t.app.request('/metrics', { headers: from('203.0.113.9') })).status).toBe(404)
    expect((await t.app.request('/metrics', { headers: { 'X-Forwarded-For': '203.0.113.9' } })).status).toBe(404)
  })

  test('with METRICS_TOKEN set: only the bearer of the token, wherever it comes from', async () => {
    const withToken = await createTestApp({ metricsToken: 'a-long-enough-metrics-token' })
    try {
      expect((await withToken.app.request('/metrics')).status).toBe(404)
      expect((await withToken.app.request('/metrics', { headers: { Authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(
        404,
      )
      const ok = await withToken.app.request('/metrics', {
        headers: { Authorization: 'Bearer a-long-enough-metrics-token', ...from('203.0.113.9') },
      })
      expect(ok.status).toBe(200)
    } finally {
      await withToken.close()
    }
  })

  test('1,000 distinct video ids make one series: the route template, never the URL', async () => {
    for (let i = 0; i < 1000; i++) await t.app.request(`/api/videos/unknown-video-${i}`)
    const metrics = await scrape()
    const series = metrics
      .samples('reelsmith_http_requests_total')
      .filter((sample) => String(sample.labels.route).startsWith('/api/videos/'))
    expect(series.map((sample) => sample.labels.route)).toEqual(['/api/videos/:id'])
    expect(series[0]!.value).toBeGreaterThanOrEqual(1000)
    expect(
      metrics.families
        .get('reelsmith_http_requests_total')!
        .samples.some((sample) => String(sample.labels.route).includes('unknown-video')),
    ).toBe(false)
  })
})

describe('Server-Timing', () => {
  test('every dynamic response says where its time went, with a sane total', async () => {
    const res = await t.app.request('/api/videos/public')
    const header = res.headers.get('Server-Timing')!
    const total = Number(/total;dur=([\d.]+)/.exec(header)?.[1])
    expect(total).toBeGreaterThanOrEqual(0)
    expect(total).toBeLessThan(5000)
  })
})

describe('POST /api/rum', () => {
  const send = (body: string, headers: Record<string, string> = {}) =>
    t.app.request('/api/rum', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', ...from('198.51.100.7'), ...headers },
    })
  const lcpCount = async (route: string) => (await scrape()).value('reelsmith_rum_lcp_seconds_count', { route }) ?? 0

  test('a report as sendBeacon sends it is recorded under its route template', async () => {
    const before = await lcpCount('/videos/:id')
    const res = await send(
      JSON.stringify({
        route: '/videos/:id',
        metrics: [
          { name: 'LCP', value: 1234 },
          { name: 'CLS', value: 0.02 },
        ],
      }),
    )
    expect(res.status).toBe(204)
    expect(await lcpCount('/videos/:id')).toBe(before + 1)
    expect(t.monitoring.rum.p75('/videos/:id', 'LCP')).toBeGreaterThan(0)
  })

  test('a signed-in person’s report is recorded too: sendBeacon sends the cookie but cannot send a CSRF header', async () => {
    const person = createBrowser(t.app)
    await person.signUp()
    const before = await lcpCount('/account')
    const body = JSON.stringify({ route: '/account', metrics: [{ name: 'LCP', value: 900 }] })
    const res = await person.request('/api/rum', { method: 'POST', body, headers: { 'Content-Type': 'text/plain;charset=UTF-8' } })
    expect(res.status).toBe(204)
    expect(await lcpCount('/account')).toBe(before + 1)
  })

  test.each([
    ['malformed JSON', '{"route":', 400],
    ['a wrong type', JSON.stringify({ route: '/', metrics: [{ name: 'LCP', value: 'fast' }] }), 422],
    ['an unknown metric', JSON.stringify({ route: '/', metrics: [{ name: 'FID', value: 10 }] }), 422],
    ['an impossible value', JSON.stringify({ route: '/', metrics: [{ name: 'LCP', value: -5 }] }), 422],
    ['a raw URL instead of a template', JSON.stringify({ route: '/videos/<script>', metrics: [{ name: 'LCP', value: 5 }] }), 422],
    ['extra fields', JSON.stringify({ route: '/', metrics: [{ name: 'LCP', value: 5 }], cookie: 'x' }), 422],
    ['no metrics', JSON.stringify({ route: '/', metrics: [] }), 422],
  ])('%s is a 4xx problem and stores nothing', async (_label, body, status) => {
    const before = await lcpCount('/')
    const res = await send(body)
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await lcpCount('/')).toBe(before)
  })

  test('a report from another site is refused (403) and stores nothing', async () => {
    const before = await lcpCount('/')
    const res = await send(JSON.stringify({ route: '/', metrics: [{ name: 'LCP', value: 5 }] }), { 'Sec-Fetch-Site': 'cross-site' })
    expect(res.status).toBe(403)
    expect(await lcpCount('/')).toBe(before)
  })

  test('a body over 4 KB is 413 before it is read', async () => {
    const res = await send(JSON.stringify({ route: '/', metrics: [{ name: 'LCP', value: 5 }], pad: 'x'.repeat(5000) }))
    expect(res.status).toBe(413)
  })

  test('one client sending too many reports is slowed down (429), others are not', async () => {
    const body = JSON.stringify({ route: '/gallery', metrics: [{ name: 'TTFB', value: 80 }] })
    const statuses: number[] = []
    for (let i = 0; i < 35; i++) statuses.push((await send(body, from('198.51.100.99'))).status)
    expect(statuses.slice(0, 30).every((status) => status === 204)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
    expect((await send(body, from('198.51.100.100'))).status).toBe(204)
  })
})

describe('/admin/metrics', () => {
  test('is a 404 page for anonymous visitors and people who are not admins', async () => {
    expect((await t.app.request('/admin/metrics', { headers: { Accept: 'text/html' } })).status).toBe(404)
    expect((await t.app.request('/admin/metrics/stream')).status).toBe(404)
  })
})

describe('/healthz', () => {
  test('reports the memory state next to the cache state', async () => {
    const body = await (await t.app.request('/healthz')).json()
    expect(body.memory).toBe('ok')
  })
})

describe('static files in the metrics', () => {
  test('all count under one `static` route label, not their paths', async () => {
    await t.app.request('/assets/runtime-TEST0001.js')
    await t.app.request('/sw.js')
    const routes = (await scrape()).samples('reelsmith_http_requests_total').map((sample) => String(sample.labels.route))
    expect(routes).toContain('static')
    expect(routes.some((route) => route.includes('runtime') || route === '/sw.js' || route === '/*')).toBe(false)
  })
})
