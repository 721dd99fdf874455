/** createMonitoring end to end: an app with the middleware and a /metrics route, fake time. */
import { describe, expect, test } from 'bun:test'
import { Hono } from 'hono'
import { CacheStore } from '../cache/store.ts'
import { createRequestRecord } from '../http/request-record.ts'
import { createLogger, silentLogger } from '../log.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createMonitoring, EXPOSITION_CONTENT_TYPE, memoryAlertBytes, timingOf, type SeriesSample } from './index.ts'

const MB = 1024 * 1024

const setup = () => {
  const clock = { wall: 1_700_000_000_000, mono: 0 }
  const timers: { at: number; callback: () => void }[] = []
  let rss = 100 * MB
  const lines: Record<string, unknown>[] = []
  const store = new CacheStore({ memoryBytes: 1 << 20, logger: silentLogger })
  const logger = createLogger({ sink: (line) => lines.push(JSON.parse(line)) })
  const monitoring = createMonitoring({
    logger,
    version: '9.9.9',
    build: 'build-1',
    slowRequestMs: 500,
    memoryAlertBytes: 300 * MB,
    aiProvider: 'local',
    cache: store,
    rumRoutes: ['/', '/videos/:id'],
    readMemory: () => ({ rss, heapUsed: 10 * MB }),
    now: () => clock.wall,
    monotonic: () => clock.mono,
    schedule: (callback, ms) => {
      const timer = { at: clock.mono + ms, callback }
      timers.push(timer)
      return () => timers.splice(timers.indexOf(timer), 1)
    },
  })
  /** Moves both clocks and fires the timers that came due, as the event loop would. */
  const advance = (ms: number) => {
    clock.mono += ms
    clock.wall += ms
    for (const timer of timers.filter((candidate) => candidate.at <= clock.mono)) {
      timers.splice(timers.indexOf(timer), 1)
      timer.callback()
    }
  }
  const app = new Hono()
  app.use(createRequestRecord({ logger, monitor: monitoring.monitor }).middleware)
  app.get('/videos/:id', async (c) => {
    const title = await store.fetch(`video:${c.req.param('id')}`, async () => `Video ${c.req.param('id')}`, {
      namespace: 'db',
      ttl: 60_000,
    })
    return c.html(timingOf(c).measure('render', () => `<h1>${title}</h1>`))
  })
  app.get('/metrics', (c) => c.body(monitoring.exposition(), 200, { 'Content-Type': EXPOSITION_CONTENT_TYPE }))
  app.get('/healthz', (c) => c.json({ status: 'ok', memory: monitoring.memoryState() }))
  return { monitoring, app, advance, lines, setRss: (mb: number) => (rss = mb * MB), store }
}

describe('createMonitoring', () => {
  test('/metrics returns valid exposition text with the HTTP, process, cache, AI and RUM series', async () => {
    const { monitoring, app, advance } = setup()
    monitoring.start()
    for (let i = 0; i < 20; i++) await app.request(`/videos/${i % 4}`)
    monitoring.rum.record({ route: '/videos/:id', metrics: [{ name: 'LCP', value: 1800 }] })
    advance(1000)
    const response = await app.request('/metrics')
    expect(response.headers.get('content-type')).toBe(EXPOSITION_CONTENT_TYPE)
    const parsed = parseExposition(await response.text())
    expect(parsed.value('reelsmith_http_requests_total', { method: 'GET', route: '/videos/:id', status: '2xx' })).toBe(20)
    expect(parsed.value('reelsmith_cache_hits_total', { namespace: 'db' })).toBe(16)
    expect(parsed.value('reelsmith_cache_misses_total', { namespace: 'db' })).toBe(4)
    expect(parsed.value('process_resident_memory_bytes')).toBe(100 * MB)
    expect(parsed.value('reelsmith_build_info', { version: '9.9.9', build: 'build-1' })).toBe(1)
    expect(parsed.value('reelsmith_rum_lcp_seconds_count', { route: '/videos/:id' })).toBe(1)
    expect(parsed.families.has('reelsmith_ai_calls_saved_total')).toBe(true)
    expect(parsed.families.has('reelsmith_http_requests_in_flight')).toBe(true)
    monitoring.stop()
  })

  test('the series gets one sample per second with the traffic of that second', async () => {
    const { monitoring, app, advance } = setup()
    const samples: SeriesSample[] = []
    monitoring.series.subscribe((sample) => samples.push(sample))
    monitoring.start()
    for (let i = 0; i < 10; i++) await app.request('/videos/1')
    advance(1000)
    advance(1000)
    expect(samples.map((sample) => sample.rps)).toEqual([10, 0])
    expect(samples[0]!.hitRate.db).toBe(0.9)
    expect(samples[0]!.routes['/videos/:id']!.n).toBe(10)
    expect(samples[0]!.rss).toBe(100 * MB)
    expect(monitoring.series.snapshot().rps).toEqual([10, 0])
    monitoring.stop()
  })

  test('memory alert reaches /healthz and clears', async () => {
    const { monitoring, app, advance, setRss, lines } = setup()
    monitoring.start()
    setRss(350)
    advance(1000)
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok', memory: 'high' })
    expect(lines.filter((line) => line.msg === 'memory above the alert limit')).toHaveLength(1)
    setRss(100)
    advance(1000)
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok', memory: 'ok' })
    monitoring.stop()
  })

  test('memoryAlertBytes: MEMORY_ALERT_MB when set, else derived from the cache budget', () => {
    expect(memoryAlertBytes({ MEMORY_ALERT_MB: 512, CACHE_MEMORY_MB: 64 })).toBe(512 * MB)
    expect(memoryAlertBytes({ MEMORY_ALERT_MB: undefined, CACHE_MEMORY_MB: 64 })).toBe(384 * MB)
  })
})
