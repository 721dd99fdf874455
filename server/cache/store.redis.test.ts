/** CacheStore with L2: two stores on one redis-server behave like two replicas of the app. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'bun:test'
import { Redis } from 'ioredis'
import { silentLogger } from '../log.ts'
import { redisServerBinaryOrSkip, startRedisServer, type RedisServer } from '../testing/redis-server.ts'
import { CacheStore, type FetchStatus } from './store.ts'
import { deferred, flush, waitFor } from './test-helpers.ts'

const binary = redisServerBinaryOrSkip()
const db = { namespace: 'db', ttl: 60_000 }

describe.skipIf(!binary)('CacheStore with Redis (L2)', () => {
  let redis: RedisServer
  let raw: Redis
  const stores: CacheStore[] = []
  let testCount = 0
  let prefix = ''

  /** A replica: its own L1, the shared Redis, a key prefix unique to the test. */
  const replica = async (instanceId: string) => {
    const store = new CacheStore({
      memoryBytes: 1 << 20,
      redisUrl: redis.url,
      logger: silentLogger,
      instanceId,
      redis: { keyPrefix: prefix },
    })
    stores.push(store)
    expect(await waitFor(() => store.status().l2 === 'up' && store.status().redis?.subscribed === true)).toBe(true)
    return store
  }

  beforeAll(async () => {
    redis = await startRedisServer({ binary })
    raw = new Redis(redis.url)
  })
  beforeEach(() => {
    prefix = `t${++testCount}:`
  })
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()))
  })
  afterAll(async () => {
    raw.disconnect()
    await redis.stop()
  })

  test('a value one replica fetched is read by another from Redis, which then serves it from memory', async () => {
    const a = await replica('a')
    const b = await replica('b')
    let calls = 0
    const origin = async () => ({ title: 'Sunrise', calls: ++calls })
    await a.fetch('video:1', origin, db)
    await waitFor(async () => (await raw.exists(`${prefix}c:db:video:1`)) === 1)
    const fromRedis: FetchStatus = {}
    const fromMemory: FetchStatus = {}
    expect(await b.fetch('video:1', origin, { ...db, status: fromRedis })).toEqual({ title: 'Sunrise', calls: 1 })
    expect(await b.fetch('video:1', origin, { ...db, status: fromMemory })).toEqual({ title: 'Sunrise', calls: 1 })
    expect(calls).toBe(1)
    expect(fromRedis).toEqual({ outcome: 'hit', layer: 'l2' })
    expect(fromMemory).toEqual({ outcome: 'hit', layer: 'l1' })
    expect(b.stats().namespaces.db).toMatchObject({ l2Hits: 1, l1Hits: 1, l2HitRatio: 1, originCalls: 0 })
  })

  test('Redis keeps the value for its fresh + stale window, compactly', async () => {
    const a = await replica('a')
    await a.set('k', 'x'.repeat(512), { namespace: 'db', ttl: 30_000, staleTtl: 10_000 })
    const ttl = await raw.pttl(`${prefix}c:db:k`)
    expect(ttl).toBeGreaterThan(39_000)
    expect(ttl).toBeLessThanOrEqual(40_000)
    expect(await raw.strlen(`${prefix}c:db:k`)).toBe(512 + 22)
  })

  test('100 concurrent misses run the origin once, with one Redis read (single-flight across L2)', async () => {
    const a = await replica('a')
    const gate = deferred<string>()
    let calls = 0
    const all = Promise.all(Array.from({ length: 100 }, () => a.fetch('hot', () => (calls++, gate.promise), db)))
    await waitFor(() => calls === 1)
    gate.resolve('value')
    expect(new Set(await all)).toEqual(new Set(['value']))
    expect(calls).toBe(1)
    expect(a.stats().l2Counters?.reads).toBe(1)
  })

  test("invalidating a tag on one replica clears it from the other replicas' memory and from Redis", async () => {
    const a = await replica('a')
    const b = await replica('b')
    const options = { ...db, tags: ['video:42'] }
    await a.fetch('video:42', async () => 'v1', options)
    await b.fetch('video:42', async () => 'v1 (not called: Redis has it)', options)
    expect(b.peek('video:42', db)).toBe('v1')
    await a.invalidateTags(['video:42'])
    expect(a.peek('video:42', db)).toBeUndefined()
    expect(await waitFor(() => b.peek('video:42', db) === undefined)).toBe(true)
    expect(await raw.exists(`${prefix}c:db:video:42`)).toBe(0)
    expect(await b.fetch('video:42', async () => 'v2', options)).toBe('v2')
    expect(a.stats().l2Counters?.remoteInvalidations).toBe(0)
    expect(b.stats().l2Counters?.remoteInvalidations).toBe(1)
  })

  test('set() on one replica makes the others drop their copy and read the new value', async () => {
    const a = await replica('a')
    const b = await replica('b')
    await a.set('settings:7', { lang: 'en' }, db)
    expect(await b.get('settings:7', db)).toEqual({ lang: 'en' })
    await a.set('settings:7', { lang: 'fr' }, db)
    expect(await waitFor(() => b.peek('settings:7', db) === undefined)).toBe(true)
    expect(await b.get('settings:7', db)).toEqual({ lang: 'fr' })
  })

  test('delete() on one replica removes the key everywhere', async () => {
    const a = await replica('a')
    const b = await replica('b')
    await a.set('k', 1, db)
    expect(await b.get('k', db)).toBe(1)
    await a.delete('k', db)
    expect(await waitFor(() => b.peek('k', db) === undefined)).toBe(true)
    expect(await b.get('k', db)).toBeUndefined()
  })

  test('a fill running on one replica while another invalidates its tag writes nothing back', async () => {
    const a = await replica('a')
    const b = await replica('b')
    const gate = deferred<string>()
    const running = b.fetch('video:9', () => gate.promise, { ...db, tags: ['video:9'] })
    await flush()
    await a.invalidateTags(['video:9'])
    await waitFor(() => b.stats().l2Counters?.remoteInvalidations === 1)
    gate.resolve('read before the write')
    expect(await running).toBe('read before the write')
    await flush()
    expect(await raw.exists(`${prefix}c:db:video:9`)).toBe(0)
    expect(b.peek('video:9', db)).toBeUndefined()
  })

  test('set() while a fill for the key is running: the set value wins, in memory and in Redis', async () => {
    const a = await replica('a')
    const gate = deferred<string>()
    const running = a.fetch('profile:7', () => gate.promise, db)
    await flush()
    await a.set('profile:7', 'written by set()', db)
    gate.resolve('read by the slower fill')
    expect(await running).toBe('read by the slower fill')
    await flush()
    expect(a.peek('profile:7', db)).toBe('written by set()')
    const b = await replica('b')
    expect(await b.get('profile:7', db)).toBe('written by set()')
  })

  test('Uint8Array bodies round-trip through Redis as bytes', async () => {
    const a = await replica('a')
    const b = await replica('b')
    const body = new Uint8Array([0, 1, 2, 253, 254, 255])
    await a.set('poster', body, { ...db, namespace: 'http:posters' })
    const read = await b.get<Uint8Array>('poster', { namespace: 'http:posters' })
    expect(read).toBeInstanceOf(Uint8Array)
    expect(read).toEqual(body)
  })
})
