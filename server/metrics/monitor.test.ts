import { describe, expect, test } from 'bun:test'
import { Hono } from 'hono'
import { createLogger } from '../log.ts'
import { renderExposition } from './exposition.ts'
import { createHttpMetrics } from './http.ts'
import { createRequestRecord } from '../http/request-record.ts'
import { createRequestMonitor } from './monitor.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createRegistry } from './registry.ts'
import { timingOf } from './server-timing.ts'

describe('the request monitor: metrics, Server-Timing and slow log in the one request middleware', () => {
  const setup = () => {
    let clock = 0
    const lines: Record<string, unknown>[] = []
    const registry = createRegistry()
    const http = createHttpMetrics(registry)
    const app = new Hono()
    // At warn: the slow log, without the access lines (info) the same middleware writes.
    const logger = createLogger({ level: 'warn', sink: (line) => lines.push(JSON.parse(line)) })
    app.use(
      createRequestRecord({ logger, monitor: createRequestMonitor({ http, logger, slowRequestMs: 500, now: () => clock }) }).middleware,
    )
    app.get('/videos/:id', async (c) => {
      await timingOf(c).measure('db', async () => (clock += Number(c.req.query('db') ?? 5)))
      return c.text('ok', 200, { 'Content-Length': '2' })
    })
    return { app, registry, http, lines }
  }

  test('one request: counted under its template, timed, and the header matches the histogram', async () => {
    const { app, registry, http, lines } = setup()
    const response = await app.request('/videos/7?db=40')
    expect(response.headers.get('server-timing')).toBe('db;dur=40, total;dur=40')
    const parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_http_requests_total', { method: 'GET', route: '/videos/:id', status: '2xx' })).toBe(1)
    expect(parsed.value('reelsmith_http_request_duration_seconds_sum', { method: 'GET', route: '/videos/:id', status: '2xx' })).toBe(0.04)
    expect(parsed.value('reelsmith_http_response_size_bytes_total', { method: 'GET', route: '/videos/:id', status: '2xx' })).toBe(2)
    expect(http.inFlight.value).toBe(0)
    expect(lines).toEqual([])
  })

  test('a slow request gives exactly one log line, with the route template, not the URL', async () => {
    const { app, lines } = setup()
    await app.request('/videos/1?db=10')
    await app.request('/videos/2?db=900')
    await app.request('/nope')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ msg: 'slow request', route: '/videos/:id', status: 200, durationMs: 900, dbMs: 900 })
    expect(typeof lines[0]!.requestId).toBe('string')
  })

  test('unknown paths are one unmatched series and still get a Server-Timing header', async () => {
    const { app, registry } = setup()
    for (let i = 0; i < 50; i++) expect((await app.request(`/junk/${i}`)).headers.get('server-timing')).toBe('total;dur=0')
    expect(parseExposition(renderExposition(registry)).samples('reelsmith_http_requests_total')).toEqual([
      { name: 'reelsmith_http_requests_total', labels: { method: 'GET', route: 'unmatched', status: '4xx' }, value: 50 },
    ])
  })
})
