import { describe, expect, test } from 'bun:test'
import { Hono } from 'hono'
import { createLogger } from '../log.ts'
import { createHttpMetrics } from './http.ts'
import { createRequestRecord } from '../http/request-record.ts'
import { createRequestMonitor } from './monitor.ts'
import { createRegistry } from './registry.ts'
import { RequestTiming, timingOf } from './server-timing.ts'

/** A clock the test moves by hand. */
const manualClock = (start = 0) => {
  let now = start
  return { now: () => now, advance: (ms: number) => void (now += ms) }
}

/** `a;dur=1, b;desc=x` → { a: { dur: '1' }, b: { desc: 'x' } } */
const parseServerTiming = (header: string) =>
  Object.fromEntries(
    header.split(/,\s*/).map((entry) => {
      const [name, ...params] = entry.split(';')
      return [name!.trim(), Object.fromEntries(params.map((param) => param.split('=') as [string, string]))]
    }),
  )

describe('RequestTiming', () => {
  test('durations of a phase add up; the header lists phases in first-seen order, then total', () => {
    const clock = manualClock()
    const timing = new RequestTiming(clock.now)
    timing.start('db')
    clock.advance(12.5)
    timing.end('db')
    timing.measure('render', () => clock.advance(3))
    timing.start('db')
    clock.advance(2)
    timing.end('db')
    expect(timing.durations()).toEqual({ db: 14.5, render: 3 })
    expect(timing.header(20)).toBe('db;dur=14.5, render;dur=3, total;dur=20')
  })

  test('measure times async work and still ends the phase when it rejects', async () => {
    const clock = manualClock()
    const timing = new RequestTiming(clock.now)
    const value = await timing.measure('ai', async () => {
      clock.advance(40)
      return 'answer'
    })
    expect(value).toBe('answer')
    await expect(
      timing.measure('db', async () => {
        clock.advance(5)
        throw new Error('down')
      }),
    ).rejects.toThrow('down')
    expect(() =>
      timing.measure('render', () => {
        clock.advance(1)
        throw new Error('bad template')
      }),
    ).toThrow('bad template')
    expect(timing.durations()).toEqual({ ai: 40, db: 5, render: 1 })
  })

  test('calls of one phase running at once count their time once, ending with the last', () => {
    const clock = manualClock()
    const timing = new RequestTiming(clock.now)
    timing.start('db')
    clock.advance(2)
    timing.start('db')
    clock.advance(3)
    timing.end('db')
    expect(timing.durations()).toEqual({})
    clock.advance(4)
    timing.end('db')
    timing.end('db') // one end too many: nothing
    expect(timing.durations()).toEqual({ db: 9 })
  })

  test('a description-only phase has no dur; a description that is not a token is quoted', () => {
    const timing = new RequestTiming(() => 0)
    timing.describe('cache', 'hit')
    timing.describe('ai', 'gpt-4o "mini", cached')
    expect(timing.header(1.234)).toBe('cache;desc=hit, ai;desc="gpt-4o \\"mini\\", cached", total;dur=1.23')
  })

  test('a phase still running is named without a duration rather than a wrong one', () => {
    const timing = new RequestTiming(() => 0)
    timing.start('ai')
    expect(timing.header(5)).toBe('ai, total;dur=5')
    expect(timing.durations()).toEqual({})
  })

  test('names must be HTTP tokens, and total is reserved', () => {
    const timing = new RequestTiming()
    expect(() => timing.start('db query')).toThrow('HTTP token')
    expect(() => timing.add('total', 1)).toThrow('"total" is written by the middleware')
    timing.end('never-started') // harmless
    expect(timing.header(0)).toBe('total;dur=0')
  })
})

describe('Server-Timing and the slow log (the request monitor)', () => {
  const setup = (slowRequestMs = 500) => {
    const lines: Record<string, unknown>[] = []
    // At warn: the slow log, without the access lines (info) the same middleware writes.
    const logger = createLogger({ level: 'warn', sink: (line) => lines.push(JSON.parse(line)) })
    const clock = manualClock(1000)
    const app = new Hono()
    const http = createHttpMetrics(createRegistry())
    const monitor = createRequestMonitor({
      http,
      logger,
      slowRequestMs,
      now: clock.now,
      skipHeader: (c) => c.req.path.startsWith('/assets/'),
    })
    app.use(createRequestRecord({ logger, monitor }).middleware)
    app.get('/videos/:id', async (c) => {
      const timing = timingOf(c)
      timing.describe('cache', 'miss')
      await timing.measure('db', async () => clock.advance(Number(c.req.query('db') ?? 10)))
      timing.measure('render', () => clock.advance(4))
      return c.html('<p>video</p>')
    })
    app.get('/cached', (c) => {
      // As the HTTP cache does: its own entry, kept beside ours.
      c.header('Server-Timing', 'cache;desc=HIT;dur=0.05')
      return c.text('hit')
    })
    app.get('/assets/app.js', (c) => c.text('js'))
    return { app, lines, clock }
  }

  test('every dynamic response carries a sane Server-Timing: phases, then a total covering them', async () => {
    const { app } = setup()
    const response = await app.request('/videos/1?db=12')
    const entries = parseServerTiming(response.headers.get('server-timing')!)
    expect(entries).toEqual({ cache: { desc: 'miss' }, db: { dur: '12' }, render: { dur: '4' }, total: { dur: '16' } })
    expect(Number(entries.total!.dur)).toBeGreaterThanOrEqual(Number(entries.db!.dur) + Number(entries.render!.dur))
  })

  test('an entry set by a handler or the HTTP cache is kept, ours is appended', async () => {
    const { app } = setup()
    const header = (await app.request('/cached')).headers.get('server-timing')
    expect(header).toBe('cache;desc=HIT;dur=0.05, total;dur=0')
  })

  test('skipHeader leaves static assets without the header', async () => {
    const { app } = setup()
    expect((await app.request('/assets/app.js')).headers.get('server-timing')).toBeNull()
  })

  test('a slow request logs exactly one structured line: id, route, status, each phase', async () => {
    const { app, lines } = setup(500)
    const response = await app.request('/videos/42?db=600')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      level: 'warn',
      msg: 'slow request',
      requestId: response.headers.get('x-request-id'),
      method: 'GET',
      route: '/videos/:id',
      status: 200,
      durationMs: 604,
      thresholdMs: 500,
      dbMs: 600,
      renderMs: 4,
      cache: 'miss',
    })
  })

  test('requests under the threshold log nothing; only the slow one of many does', async () => {
    const { app, lines } = setup(500)
    for (const db of [1, 10, 495, 700, 20]) await app.request(`/videos/1?db=${db}`)
    expect(lines.map((line) => line.dbMs)).toEqual([700])
  })

  test('the threshold is validated at start-up', () => {
    const http = createHttpMetrics(createRegistry())
    expect(() => createRequestMonitor({ http, logger: createLogger({ level: 'silent' }), slowRequestMs: 0 })).toThrow(
      'slowRequestMs must be > 0',
    )
  })

  test('timingOf works without the middleware (handlers stay testable alone)', async () => {
    const app = new Hono()
    app.get('/', (c) => c.text(String(timingOf(c).measure('db', () => 7))))
    expect(await (await app.request('/')).text()).toBe('7')
  })
})
