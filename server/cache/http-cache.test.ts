/** httpCache: what a cached route answers (the security cases are in http-cache.security.test.ts). */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { Hono, type Context } from 'hono'
import { Redis } from 'ioredis'
import { silentLogger } from '../log.ts'
import { redisServerBinaryOrSkip, startRedisServer, type RedisServer } from '../testing/redis-server.ts'
import { httpCache, type HttpCacheOptions } from './http-cache.ts'
import { CacheStore } from './store.ts'
import { deferred, fakeClock, flush, waitFor } from './test-helpers.ts'

type Handler = (c: Context, call: number) => Response | Promise<Response>

const defaultHandler: Handler = (c, call) => c.json({ id: c.req.param('id'), call })

/** A fresh app per case: one cached route, a counting handler, a fake clock. */
const setup = (options: Partial<HttpCacheOptions> = {}, handler: Handler = defaultHandler) => {
  const clock = fakeClock()
  const store = new CacheStore({ memoryBytes: 8 << 20, logger: silentLogger, now: clock.now })
  const app = new Hono()
  let calls = 0
  app.get('/videos/:id', httpCache({ store, name: 'videos', maxAge: 60, scope: 'public', ...options }), (c) => handler(c, ++calls))
  return { app, store, ...clock, calls: () => calls }
}

describe('hits and misses', () => {
  test('the first request runs the handler (MISS), the next is served from the cache (HIT)', async () => {
    const { app, calls } = setup({ staleWhileRevalidate: 300 })
    const miss = await app.request('/videos/1')
    const hit = await app.request('/videos/1')
    expect(calls()).toBe(1)
    expect(miss.headers.get('x-cache')).toBe('MISS')
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expect(await hit.json()).toEqual({ id: '1', call: 1 })
    expect(hit.headers.get('content-type')).toBe('application/json')
    expect(hit.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    // A HIT's duration is ~0 and computing it is not free: only MISS and STALE carry one.
    expect(hit.headers.get('server-timing')).toBe('cache;desc=HIT')
    expect(miss.headers.get('server-timing')).toMatch(/^cache;desc=MISS;dur=\d+\.\d\d$/)
  })

  test('the ETag is strong, computed once, and the same on every hit', async () => {
    const { app } = setup()
    const etags = await Promise.all([1, 2, 3].map(async () => (await app.request('/videos/1')).headers.get('etag')))
    expect(etags[0]).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
    expect(new Set(etags).size).toBe(1)
  })

  test('a stored body can be served any number of times', async () => {
    const { app } = setup()
    for (let i = 0; i < 5; i++) expect(await (await app.request('/videos/7')).json()).toEqual({ id: '7', call: 1 })
  })

  test('Age counts the seconds since the handler produced the response', async () => {
    const { app, advance } = setup()
    await app.request('/videos/1')
    advance(12_500)
    expect((await app.request('/videos/1')).headers.get('age')).toBe('12')
  })

  test("the front door's Age follows the clock too, though its headers are prebuilt per entry", async () => {
    const clock = fakeClock()
    const store = new CacheStore({ memoryBytes: 8 << 20, logger: silentLogger, now: clock.now })
    const cache = httpCache({ store, name: 'front', maxAge: 60, scope: 'public' })
    const app = new Hono().get('/', cache, (c) => c.text('home'))
    await app.request('http://localhost/')
    const ages = []
    for (const step of [0, 400, 700, 12_000]) {
      clock.advance(step)
      ages.push(cache.peek(new Request('http://localhost/'))!.headers.get('age'))
    }
    const etag = cache.peek(new Request('http://localhost/'))!.headers.get('etag')!
    expect(ages).toEqual(['0', '0', '1', '13'])
    expect(cache.peek(new Request('http://localhost/', { headers: { 'if-none-match': etag } }))!.headers.get('age')).toBe('13')
  })

  test('HEAD is answered from the GET entry, without a body', async () => {
    const { app, calls } = setup()
    await app.request('/videos/1')
    const head = await app.request('/videos/1', { method: 'HEAD' })
    expect(head.headers.get('x-cache')).toBe('HIT')
    expect(await head.text()).toBe('')
    expect(calls()).toBe(1)
  })

  test('other methods pass through untouched', async () => {
    const { store } = setup()
    const app = new Hono()
    let posts = 0
    app.post('/videos', httpCache({ store, name: 'posts', maxAge: 60, scope: 'public' }), (c) => c.text(`post ${++posts}`))
    expect(await (await app.request('/videos', { method: 'POST' })).text()).toBe('post 1')
    const second = await app.request('/videos', { method: 'POST' })
    expect(await second.text()).toBe('post 2')
    expect(second.headers.get('x-cache')).toBeNull()
  })
})

describe('conditional requests', () => {
  test('If-None-Match with the ETag gets a 304 that keeps ETag, Vary and Cache-Control', async () => {
    const { app } = setup({ vary: ['Accept-Language'] })
    const first = await app.request('/videos/1', { headers: { 'accept-language': 'en' } })
    const etag = first.headers.get('etag')!
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const revalidated = await app.request('/videos/1', { headers: { 'accept-language': 'en', 'if-none-match': ifNoneMatch } })
      expect(revalidated.status).toBe(304)
      expect(await revalidated.text()).toBe('')
      expect(revalidated.headers.get('etag')).toBe(etag)
      expect(revalidated.headers.get('vary')).toBe('accept-language')
      expect(revalidated.headers.get('cache-control')).toBe('public, max-age=60')
    }
  })

  test('a different ETag gets the full response', async () => {
    const { app } = setup()
    await app.request('/videos/1')
    const response = await app.request('/videos/1', { headers: { 'if-none-match': '"stale-etag"' } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ id: '1', call: 1 })
  })
})

describe('the key', () => {
  test('query parameters in any order name the same entry; different values do not', async () => {
    const { app, calls } = setup({ query: { a: (value) => value, b: (value) => value } })
    await app.request('/videos/1?b=2&a=1')
    expect((await app.request('/videos/1?a=1&b=2')).headers.get('x-cache')).toBe('HIT')
    expect((await app.request('/videos/1?a=1&b=3')).headers.get('x-cache')).toBe('MISS')
    expect(calls()).toBe(2)
  })

  test('headers named in vary are part of the key and of the Vary header', async () => {
    const { app } = setup({ vary: ['Accept-Language'] }, (c, call) => c.text(`${c.req.header('accept-language')} #${call}`))
    const en = await app.request('/videos/1', { headers: { 'accept-language': 'en' } })
    const fr = await app.request('/videos/1', { headers: { 'accept-language': 'fr' } })
    const enAgain = await app.request('/videos/1', { headers: { 'accept-language': 'en' } })
    expect([await en.text(), await fr.text(), await enAgain.text()]).toEqual(['en #1', 'fr #2', 'en #1'])
    expect(enAgain.headers.get('vary')).toBe('accept-language')
  })
})

describe('query parameters the route does not read', () => {
  const JUNK = 10_000
  const pageParam = { page: (value: string) => String(Math.min(100, Math.max(1, Number.parseInt(value, 10) || 1))) }

  test(`${JUNK} distinct junk parameters are each answered by the handler and add no entry`, async () => {
    const { app, store, calls } = setup({ query: pageParam })
    await app.request('/videos/1')
    const entriesBefore = store.status().l1.entries
    for (let i = 0; i < JUNK; i++) {
      const response = await app.request(`/videos/1?utm_source=${i}`)
      expect(response.headers.get('x-cache')).toBe('MISS')
    }
    expect(store.status().l1.entries).toBe(entriesBefore)
    expect(calls()).toBe(1 + JUNK)
    // The clean URL's entry was not pushed out: it is still a hit.
    expect((await app.request('/videos/1')).headers.get('x-cache')).toBe('HIT')
  })

  test('a junk parameter beside an allowed one is not cached either; the allowed one alone is', async () => {
    const { app, store, calls } = setup({ query: pageParam })
    await app.request('/videos/1?page=2&fbclid=x')
    await app.request('/videos/1?page=2&fbclid=x')
    expect(calls()).toBe(2)
    expect(store.status().l1.entries).toBe(0)
    await app.request('/videos/1?page=2')
    expect((await app.request('/videos/1?page=2')).headers.get('x-cache')).toBe('HIT')
    expect(calls()).toBe(3)
  })

  test("values are keyed as the route reads them: out-of-range pages share the last page's entry", async () => {
    const { app, store, calls } = setup({ query: pageParam })
    for (const page of ['100', '999999', '0100', '5000']) await app.request(`/videos/1?page=${page}`)
    expect(calls()).toBe(1)
    expect(store.status().l1.entries).toBe(1)
  })

  test('a pass-through response keeps its own Cache-Control', async () => {
    const { app } = setup({}, (c) => c.text('page', 200, { 'cache-control': 'public, max-age=0' }))
    const response = await app.request('/videos/1?utm_campaign=spring')
    expect(response.headers.get('cache-control')).toBe('public, max-age=0')
  })

  test('the front door never answers a request with a junk parameter', async () => {
    const { store } = setup()
    const cache = httpCache({ store, name: 'front', maxAge: 60, scope: 'public' })
    const app = new Hono()
    app.get('/', cache, (c) => c.text('home'))
    await app.request('http://localhost/')
    expect(cache.peek(new Request('http://localhost/'))?.headers.get('x-cache')).toBe('HIT')
    expect(cache.peek(new Request('http://localhost/?utm_source=1'))).toBeUndefined()
  })
})

describe('a budget of new entries (mayStore)', () => {
  test('once it says no, responses pass through unstored; entries already stored keep being served', async () => {
    let budget = 2
    const { app, store, calls } = setup({ mayStore: () => budget-- > 0 })
    for (const id of ['1', '2', '3', '4']) await app.request(`/videos/${id}`)
    expect(store.status().l1.entries).toBe(2)
    expect((await app.request('/videos/1')).headers.get('x-cache')).toBe('HIT')
    expect((await app.request('/videos/3')).headers.get('x-cache')).toBe('MISS')
    expect(calls()).toBe(5)
  })

  test('is asked only when a response would be stored, not on hits', async () => {
    let asked = 0
    const { app } = setup({ mayStore: () => (asked++, true) })
    for (let i = 0; i < 5; i++) await app.request('/videos/1')
    expect(asked).toBe(1)
  })
})

describe('HEAD sends the length its GET would send', () => {
  const bodyOf = (call: number) => `a body of some length, version ${call}`.repeat(20)
  const lengthOf = (call: number) => String(new TextEncoder().encode(bodyOf(call)).byteLength)

  test('on a MISS, a HIT, a STALE and from the front door; a 304 claims no length', async () => {
    const gate = deferred<void>()
    let slow = false
    const { app, advance } = setup({ staleWhileRevalidate: 300 }, async (c, call) => {
      if (slow) await gate.promise
      return c.text(bodyOf(call))
    })
    const head = (headers: Record<string, string> = {}) => app.request('/videos/1', { method: 'HEAD', headers })
    const miss = await head()
    expect([miss.headers.get('x-cache'), miss.headers.get('content-length'), await miss.text()]).toEqual(['MISS', lengthOf(1), ''])
    const hit = await head()
    expect([hit.headers.get('x-cache'), hit.headers.get('content-length')]).toEqual(['HIT', lengthOf(1)])
    const get = await app.request('/videos/1')
    expect(get.headers.get('content-length')).toBe(String((await get.arrayBuffer()).byteLength))
    const notModified = await head({ 'if-none-match': get.headers.get('etag')! })
    expect([notModified.status, notModified.headers.get('content-length')]).toEqual([304, null])

    advance(61_000)
    slow = true
    const refreshing = app.request('/videos/1')
    await flush()
    const stale = await head()
    expect([stale.headers.get('x-cache'), stale.headers.get('content-length')]).toEqual(['STALE', lengthOf(1)])
    gate.resolve()
    await refreshing
  })

  test('from the front door (peek), 200 and 304', async () => {
    const { store } = setup()
    const cache = httpCache({ store, name: 'front', maxAge: 60, scope: 'public' })
    const app = new Hono()
    app.get('/', cache, (c) => c.text(bodyOf(1)))
    const get = await app.request('http://localhost/')
    const head = cache.peek(new Request('http://localhost/', { method: 'HEAD' }))!
    expect([head.headers.get('x-cache'), head.headers.get('content-length'), head.body]).toEqual(['HIT', lengthOf(1), null])
    const notModified = cache.peek(
      new Request('http://localhost/', { method: 'HEAD', headers: { 'if-none-match': get.headers.get('etag')! } }),
    )!
    expect([notModified.status, notModified.headers.get('content-length')]).toEqual([304, null])
  })

  test('a response passed through unstored (junk query, Set-Cookie, a 404) gets its length too', async () => {
    const { app } = setup({}, (c) => (c.req.param('id') === 'missing' ? c.json({ title: 'Not Found' }, 404) : c.json({ body: bodyOf(1) })))
    const junk = await app.request('/videos/1?utm_source=x', { method: 'HEAD' })
    const junkGet = await app.request('/videos/1?utm_source=x')
    expect(junk.headers.get('content-length')).toBe(String((await junkGet.arrayBuffer()).byteLength))
    const missing = await app.request('/videos/missing', { method: 'HEAD' })
    expect([missing.status, missing.headers.get('content-length')]).toEqual([404, String(JSON.stringify({ title: 'Not Found' }).length)])
  })
})

describe('freshness, stale-while-revalidate and stale-if-error', () => {
  test('after ttl the first request refreshes (MISS) while concurrent ones get the stale copy (STALE)', async () => {
    const gate = deferred<void>()
    let slow = false
    const { app, advance } = setup({ staleWhileRevalidate: 300 }, async (c, call) => {
      if (slow) await gate.promise
      return c.text(`version ${call}`)
    })
    await app.request('/videos/1')
    advance(61_000)
    slow = true
    const refreshing = app.request('/videos/1')
    await flush()
    const meanwhile = await app.request('/videos/1')
    expect(meanwhile.headers.get('x-cache')).toBe('STALE')
    expect(await meanwhile.text()).toBe('version 1')
    gate.resolve()
    const refreshed = await refreshing
    expect(refreshed.headers.get('x-cache')).toBe('MISS')
    expect(await refreshed.text()).toBe('version 2')
    const after = await app.request('/videos/1')
    expect([after.headers.get('x-cache'), await after.text()]).toEqual(['HIT', 'version 2'])
  })

  test('a handler failing after ttl gets the stale copy served instead (stale-if-error)', async () => {
    let failing = false
    const { app, advance } = setup({ staleWhileRevalidate: 300 }, (c, call) =>
      failing ? c.text('upstream down', 503) : c.text(`version ${call}`),
    )
    await app.request('/videos/1')
    advance(61_000)
    failing = true
    const response = await app.request('/videos/1')
    expect(response.status).toBe(200)
    expect(response.headers.get('x-cache')).toBe('STALE')
    expect(await response.text()).toBe('version 1')
  })

  test('past the stale window a failure is passed through, and never stored', async () => {
    let failing = false
    const { app, advance } = setup({ staleWhileRevalidate: 10 }, (c, call) =>
      failing ? c.text('upstream down', 503) : c.text(`version ${call}`),
    )
    await app.request('/videos/1')
    advance(71_000)
    failing = true
    expect((await app.request('/videos/1')).status).toBe(503)
    failing = false
    const recovered = await app.request('/videos/1')
    expect([recovered.headers.get('x-cache'), await recovered.text()]).toEqual(['MISS', 'version 3'])
  })

  test('a tag invalidation makes the next request a MISS', async () => {
    const { app, store } = setup({ tags: (c) => [`video:${c.req.param('id')}`] })
    await app.request('/videos/1')
    await app.request('/videos/2')
    await store.invalidateTags(['video:1'])
    expect((await app.request('/videos/1')).headers.get('x-cache')).toBe('MISS')
    expect((await app.request('/videos/2')).headers.get('x-cache')).toBe('HIT')
  })
})

describe('single-flight', () => {
  test('20 concurrent misses run the handler once', async () => {
    const gate = deferred<void>()
    const { app, calls } = setup({}, async (c, call) => (await gate.promise, c.text(`only ${call}`)))
    const responses = Array.from({ length: 20 }, () => app.request('/videos/1'))
    await waitFor(() => calls() === 1)
    gate.resolve()
    const settled = await Promise.all(responses)
    expect(calls()).toBe(1)
    expect(await Promise.all(settled.map((r) => r.text()))).toEqual(Array(20).fill('only 1'))
    expect(settled.filter((r) => r.headers.get('x-cache') === 'MISS')).toHaveLength(1)
  })

  test('when the first response may not be stored, each waiting request runs its own handler', async () => {
    const gate = deferred<void>()
    const { app, calls } = setup({}, async (c, call) => {
      await gate.promise
      c.header('set-cookie', `visit=${call}`)
      return c.text(`visitor ${call}`)
    })
    const responses = Array.from({ length: 5 }, () => app.request('/videos/1'))
    await waitFor(() => calls() === 1)
    gate.resolve()
    const bodies = await Promise.all((await Promise.all(responses)).map((r) => r.text()))
    expect(calls()).toBe(5)
    expect(new Set(bodies).size).toBe(5)
  })
})

describe('counters', () => {
  test('hits, misses and stale per cache name, from the store', async () => {
    const { app, store, advance } = setup({ staleWhileRevalidate: 300 })
    await app.request('/videos/1')
    await app.request('/videos/1')
    advance(61_000)
    await app.request('/videos/1')
    const stats = store.stats().namespaces['http:videos']
    expect(stats).toMatchObject({ misses: 2, hits: 1, l1Hits: 1 })
  })
})

describe('options', () => {
  const store = new CacheStore({ memoryBytes: 1 << 20, logger: silentLogger })
  test.each([
    [{ name: 'Bad Name' }, 'name must be lower-case'],
    [{ maxAge: -1 }, 'maxAge must be a whole number of seconds'],
    [{ maxAge: 0 }, 'ttl must be > 0'],
    [{ vary: ['*'] }, 'vary cannot include "*"'],
    [{ vary: ['Cookie'] }, "use scope 'user'"],
    [{ scope: 'user' as const }, "scope 'user' needs userKey"],
  ])('%j is refused when the app starts', (bad, message) => {
    expect(() => httpCache({ store, name: 'x', maxAge: 60, scope: 'public', ...bad })).toThrow(message)
  })
})

const binary = redisServerBinaryOrSkip()

describe.skipIf(!binary)('through Redis', () => {
  let redis: RedisServer
  beforeAll(async () => {
    redis = await startRedisServer({ binary })
  })
  afterAll(() => redis.stop())

  test('a response stored by one replica is served by another with the same body, headers and ETag', async () => {
    const replicas = ['a', 'b'].map((instanceId) => {
      const store = new CacheStore({ memoryBytes: 1 << 20, logger: silentLogger, redisUrl: redis.url, instanceId })
      const app = new Hono()
      app.get('/poster', httpCache({ store, name: 'poster', maxAge: 60, scope: 'public' }), (c) =>
        c.body(new Uint8Array([137, 80, 78, 71, 0, 255]), 200, { 'content-type': 'image/png' }),
      )
      return { store, app }
    })
    try {
      for (const { store } of replicas) expect(await waitFor(() => store.status().l2 === 'up')).toBe(true)
      const [a, b] = replicas as [(typeof replicas)[0], (typeof replicas)[0]]
      const stored = await a.app.request('/poster')
      const raw = new Redis(redis.url)
      expect(await waitFor(async () => (await raw.keys('reelsmith:c:http:poster:*')).length === 1)).toBe(true)
      raw.disconnect()
      const fromRedis = await b.app.request('/poster')
      expect(fromRedis.headers.get('x-cache')).toBe('HIT')
      expect(b.store.stats().namespaces['http:poster']).toMatchObject({ l2Hits: 1 })
      expect(fromRedis.headers.get('etag')).toBe(stored.headers.get('etag'))
      expect(fromRedis.headers.get('content-type')).toBe('image/png')
      expect(new Uint8Array(await fromRedis.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71, 0, 255]))
    } finally {
      await Promise.all(replicas.map(({ store }) => store.close()))
    }
  })

  test('10,000 distinct junk parameters add no key to Redis; an allowed parameter still does', async () => {
    const store = new CacheStore({ memoryBytes: 1 << 20, logger: silentLogger, redisUrl: redis.url, instanceId: 'junk' })
    const raw = new Redis(redis.url)
    try {
      expect(await waitFor(() => store.status().l2 === 'up')).toBe(true)
      const app = new Hono()
      const pageParam = { page: (value: string) => String(Math.max(1, Number.parseInt(value, 10) || 1)) }
      app.get('/gallery', httpCache({ store, name: 'junk-gallery', maxAge: 60, scope: 'public', query: pageParam }), (c) =>
        c.text(`page ${c.req.query('page')}`),
      )
      const keys = () => raw.keys('reelsmith:c:http:junk-gallery:*')
      await app.request('/gallery')
      expect(await waitFor(async () => (await keys()).length === 1)).toBe(true)
      const sizeBefore = await raw.dbsize()
      for (let i = 0; i < 10_000; i++) await app.request(`/gallery?utm_source=${i}`)
      await app.request('/gallery?page=2')
      // The page=2 write was the last one sent: once it is there, any junk write would be too.
      expect(await waitFor(async () => (await keys()).length === 2)).toBe(true)
      expect(await raw.dbsize()).toBe(sizeBefore + 1)
    } finally {
      raw.disconnect()
      await store.close()
    }
  })
})
