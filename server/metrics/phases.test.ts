import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createLogger } from '../log.ts'
import { createBrowser, createVideo, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { createMonitoring } from './index.ts'
import { inPhase, withRequestTiming } from './phases.ts'
import { RequestTiming } from './server-timing.ts'

/** `db;dur=3, cache;desc=MISS, total;dur=9` → { db: 3, cache: NaN, total: 9 } (NaN: no duration) */
const durations = (header: string | null) =>
  Object.fromEntries(
    (header ?? '').split(/,\s*/).map((entry) => {
      const [name, ...params] = entry.split(';')
      const dur = params.find((param) => param.startsWith('dur='))
      return [name!.trim(), dur ? Number(dur.slice(4)) : Number.NaN]
    }),
  )

describe('inPhase and withRequestTiming', () => {
  test('outside a request the work just runs', async () => {
    expect(inPhase('db', () => 7)).toBe(7)
    expect(await inPhase('db', async () => 8)).toBe(8)
  })

  test('requests running at once each record only their own phases', async () => {
    let clock = 0
    const a = new RequestTiming(() => clock)
    const b = new RequestTiming(() => clock)
    const gates = { a: Promise.withResolvers<void>(), b: Promise.withResolvers<void>() }
    const work = (name: 'a' | 'b', phase: string) =>
      withRequestTiming(name === 'a' ? a : b, () => inPhase(phase, () => gates[name].promise))
    const running = [work('a', 'db'), work('b', 'ai')]
    clock = 5
    gates.b.resolve()
    await running[1]
    clock = 12
    gates.a.resolve()
    await running[0]
    expect(a.durations()).toEqual({ db: 12 })
    expect(b.durations()).toEqual({ ai: 5 })
  })
})

/**
 * The phases on real requests: SQLite, the local AI and eSpeak NG. The request clock moves 1 ms per
 * read, so every phase that ran has a duration and every request is over a 1 ms SLOW_REQUEST_MS.
 */
describe('requests record their db, render, ai and tts phases', () => {
  let t: TestApp
  let ada: Browser
  let anon: Browser
  let video: VideoJson
  const lines: Record<string, unknown>[] = []

  beforeAll(async () => {
    let tick = 0
    const logger = createLogger({ level: 'debug', sink: (line) => lines.push(JSON.parse(line)) })
    const monitoring = createMonitoring({
      logger,
      version: '9.9.9',
      slowRequestMs: 1,
      memoryAlertBytes: 512 * 1024 * 1024,
      aiProvider: 'local',
      monotonic: () => ++tick,
    })
    t = await createTestApp({ logger, monitoring })
    ada = createBrowser(t.app)
    anon = createBrowser(t.app)
    await ada.signUp()
    video = await waitForVideo(ada, (await createVideo(ada, { durationSec: 5, prompt: 'A bakery ad' })).id, 120_000)
  })
  afterAll(() => t.close())

  const slowLinesOf = (response: Response) =>
    lines.filter((line) => line.msg === 'slow request' && line.requestId === response.headers.get('x-request-id'))

  test('a page read from the database: Server-Timing has db and render with durations, and one slow line has them', async () => {
    const res = await anon.page('/gallery')
    expect(res.status).toBe(200)
    const timing = durations(res.headers.get('server-timing'))
    expect(timing.db).toBeGreaterThan(0)
    expect(timing.render).toBeGreaterThan(0)
    expect(timing.total).toBeGreaterThanOrEqual(timing.render!)
    const slow = slowLinesOf(res)
    expect(slow).toHaveLength(1)
    expect(slow[0]).toMatchObject({ route: '/gallery', status: 200, dbMs: timing.db, renderMs: timing.render, thresholdMs: 1 })
  })

  test('the same page from the page cache runs neither', async () => {
    const res = await anon.page('/gallery')
    expect(res.headers.get('x-cache')).toBe('HIT')
    const timing = durations(res.headers.get('server-timing'))
    expect(timing.db).toBeUndefined()
    expect(timing.render).toBeUndefined()
  })

  test('asking the assistant records ai', async () => {
    const res = await ada.json('POST', `/api/videos/${video.id}/assistant`, { question: 'How do I make the opening punchier?' })
    expect(res.status).toBe(200)
    const timing = durations(res.headers.get('server-timing'))
    expect(timing.ai).toBeGreaterThan(0)
    expect(slowLinesOf(res)[0]).toMatchObject({ aiMs: timing.ai })
  })

  test('narrating a scene again records tts and db', async () => {
    const res = await ada.json('POST', `/api/videos/${video.id}/scenes/0/narration`)
    expect(res.status).toBe(200)
    const timing = durations(res.headers.get('server-timing'))
    expect(timing.tts).toBeGreaterThan(0)
    expect(timing.db).toBeGreaterThan(0)
    expect(slowLinesOf(res)[0]).toMatchObject({ ttsMs: timing.tts, dbMs: timing.db })
  })
})
