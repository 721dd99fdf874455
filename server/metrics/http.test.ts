import { describe, expect, test } from 'bun:test'
import { Hono } from 'hono'
import { waitUntil } from '../testing/wait.ts'
import { renderExposition } from './exposition.ts'
import { silentLogger } from '../log.ts'
import { createHttpMetrics, type HttpMetrics } from './http.ts'
import { createRequestRecord } from '../http/request-record.ts'
import { createRequestMonitor } from './monitor.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createRegistry } from './registry.ts'
import { UNMATCHED_ROUTE } from './route.ts'

/** The app's request middleware, recording into `metrics`; no request here is slow. */
const httpMetrics = (metrics: HttpMetrics, options: { now?: () => number } = {}) =>
  createRequestRecord({
    logger: silentLogger,
    monitor: createRequestMonitor({ http: metrics, logger: silentLogger, slowRequestMs: Number.MAX_SAFE_INTEGER, now: options.now }),
  }).middleware

/** An app shaped like ours: global middleware, a sub-app, a guard that rejects early. */
const testApp = (options: { maxRoutes?: number } = {}) => {
  const registry = createRegistry()
  const metrics = createHttpMetrics(registry, options)
  const app = new Hono()
  app.use(httpMetrics(metrics))
  app.use(async (c, next) => {
    if (c.req.header('x-reject')) return c.text('forbidden', 403)
    await next()
  })
  app.get('/videos/:id', (c) => c.text(`video ${c.req.param('id')}`, 200, { 'Content-Length': String(6 + c.req.param('id').length) }))
  const api = new Hono()
  api.get('/:id', (c) => c.json({ id: c.req.param('id') }))
  api.post('/', (c) => c.json({ created: true }, 201))
  app.route('/api/videos', api)
  app.get('/boom', () => {
    throw new Error('boom')
  })
  app.onError((_error, c) => c.text('error', 500))
  return { app, registry, metrics }
}

const scrape = (registry: ReturnType<typeof createRegistry>) => parseExposition(renderExposition(registry))

describe('request metrics label by route TEMPLATE', () => {
  test('1,000 distinct ids give ONE series', async () => {
    const { app, registry } = testApp()
    for (let id = 0; id < 1000; id++) expect((await app.request(`/videos/${id}`)).status).toBe(200)
    const parsed = scrape(registry)
    expect(parsed.samples('reelsmith_http_requests_total')).toEqual([
      { name: 'reelsmith_http_requests_total', labels: { method: 'GET', route: '/videos/:id', status: '2xx' }, value: 1000 },
    ])
    expect(parsed.value('reelsmith_http_request_duration_seconds_count', { method: 'GET', route: '/videos/:id', status: '2xx' })).toBe(1000)
  })

  test('routes of a sub-app carry their full template', async () => {
    const { app, registry } = testApp()
    await app.request('/api/videos/abc')
    await app.request('/api/videos', { method: 'POST' })
    const parsed = scrape(registry)
    expect(parsed.value('reelsmith_http_requests_total', { method: 'GET', route: '/api/videos/:id', status: '2xx' })).toBe(1)
    expect(parsed.value('reelsmith_http_requests_total', { method: 'POST', route: '/api/videos', status: '2xx' })).toBe(1)
  })

  test('unknown paths, however many, fold into one `unmatched` series', async () => {
    const { app, registry } = testApp()
    for (const path of ['/nope', '/wp-admin.php', '/videos', '/a/b/c?x=1', '/api/videos/1/extra']) {
      expect((await app.request(path)).status).toBe(404)
    }
    // A method no route has for this path is unmatched too.
    expect((await app.request('/videos/1', { method: 'DELETE' })).status).toBe(404)
    const parsed = scrape(registry)
    expect(parsed.value('reelsmith_http_requests_total', { method: 'GET', route: UNMATCHED_ROUTE, status: '4xx' })).toBe(5)
    expect(parsed.value('reelsmith_http_requests_total', { method: 'DELETE', route: UNMATCHED_ROUTE, status: '4xx' })).toBe(1)
    expect(parsed.samples('reelsmith_http_requests_total')).toHaveLength(2)
  })

  test('a request rejected by middleware still counts under the route it was meant for', async () => {
    const { app, registry } = testApp()
    expect((await app.request('/videos/9', { headers: { 'x-reject': '1' } })).status).toBe(403)
    expect(scrape(registry).value('reelsmith_http_requests_total', { method: 'GET', route: '/videos/:id', status: '4xx' })).toBe(1)
  })

  test('a thrown error is a 5xx of its route', async () => {
    const { app, registry } = testApp()
    expect((await app.request('/boom')).status).toBe(500)
    expect(scrape(registry).value('reelsmith_http_requests_total', { method: 'GET', route: '/boom', status: '5xx' })).toBe(1)
  })
})

describe('HTTP metrics bound every label', () => {
  test('methods outside the known list are OTHER', async () => {
    const { app, registry } = testApp()
    await app.request('/videos/1', { method: 'PROPFIND' })
    expect(scrape(registry).value('reelsmith_http_requests_total', { method: 'OTHER', route: UNMATCHED_ROUTE, status: '4xx' })).toBe(1)
  })

  test('past maxRoutes, new routes count as `other`', () => {
    const registry = createRegistry()
    const metrics = createHttpMetrics(registry, { maxRoutes: 2 })
    for (const route of ['/a', '/b', '/c', '/d', '/a']) metrics.record('GET', route, 200, 1, 10)
    const parsed = scrape(registry)
    expect(parsed.samples('reelsmith_http_requests_total').map((sample) => [sample.labels.route, sample.value])).toEqual([
      ['/a', 2],
      ['/b', 1],
      ['other', 2],
    ])
  })

  test('status codes map to their class, out-of-range ones are clamped', () => {
    const registry = createRegistry()
    const metrics = createHttpMetrics(registry)
    for (const status of [101, 204, 304, 429, 503, 999, 0]) metrics.record('GET', '/x', status, 1, null)
    const byClass = Object.fromEntries(
      scrape(registry)
        .samples('reelsmith_http_requests_total')
        .map((sample) => [sample.labels.status, sample.value]),
    )
    expect(byClass).toEqual({ '1xx': 2, '2xx': 1, '3xx': 1, '4xx': 1, '5xx': 2 })
  })
})

describe('latency, bytes and requests in flight', () => {
  test('latency is measured around the whole request, exposed in seconds', async () => {
    const registry = createRegistry()
    const metrics = createHttpMetrics(registry)
    let clock = 1000
    const app = new Hono()
    app.use(httpMetrics(metrics, { now: () => clock }))
    app.get('/slow', (c) => {
      clock += 300 // the handler "takes" 300 ms
      return c.text('ok')
    })
    await app.request('/slow')
    const child = metrics.duration.labels('GET', '/slow', '2xx')
    expect(child.count).toBe(1)
    expect(child.sum).toBe(300)
    const parsed = scrape(registry)
    expect(parsed.value('reelsmith_http_request_duration_seconds_sum', { method: 'GET', route: '/slow', status: '2xx' })).toBe(0.3)
    expect(
      parsed.value('reelsmith_http_request_duration_seconds_bucket', { method: 'GET', route: '/slow', status: '2xx', le: '0.25' }),
    ).toBe(0)
    expect(
      parsed.value('reelsmith_http_request_duration_seconds_bucket', { method: 'GET', route: '/slow', status: '2xx', le: '0.5' }),
    ).toBe(1)
  })

  test('bytes come from Content-Length; responses without it are counted apart', async () => {
    const { app, registry } = testApp()
    await app.request('/videos/12') // declares 8 bytes
    await app.request('/videos/345') // declares 9 bytes
    await app.request('/api/videos/1') // c.json: no Content-Length
    const parsed = scrape(registry)
    expect(parsed.value('reelsmith_http_response_size_bytes_total', { method: 'GET', route: '/videos/:id', status: '2xx' })).toBe(17)
    expect(parsed.value('reelsmith_http_responses_unsized_total')).toBe(1)
  })

  test('the in-flight gauge counts requests being served and returns to 0', async () => {
    const registry = createRegistry()
    const metrics = createHttpMetrics(registry)
    const app = new Hono()
    app.use(httpMetrics(metrics))
    const release: (() => void)[] = []
    app.get('/wait', async (c) => {
      await new Promise<void>((resolve) => release.push(resolve))
      return c.text('done')
    })
    const pending = [app.request('/wait'), app.request('/wait')]
    await waitUntil(() => release.length === 2, { what: 'both handlers running' })
    expect(metrics.inFlight.value).toBe(2)
    for (const resolve of release) resolve()
    await Promise.all(pending)
    expect(metrics.inFlight.value).toBe(0)
  })
})
