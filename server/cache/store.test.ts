/** CacheStore with memory only (no REDIS_URL): the L1 behaviour, on a fake clock. */
import { describe, expect, test } from 'bun:test'
import { silentLogger } from '../log.ts'
import { CacheStore, type FetchStatus } from './store.ts'
import { deferred, fakeClock, flush, recordingLogger } from './test-helpers.ts'

const SECOND = 1000

const setup = (options: { memoryBytes?: number; maxEntryBytes?: number } = {}) => {
  const clock = fakeClock()
  const log = recordingLogger()
  const store = new CacheStore({ memoryBytes: 1 << 20, logger: log.logger, now: clock.now, ...options })
  return { store, ...clock, logs: log.lines }
}

/** An origin that counts its calls and returns `value-N` for the Nth call. */
const countingOrigin = () => {
  let calls = 0
  const origin = async () => `value-${++calls}`
  return { origin, calls: () => calls }
}

const db = { namespace: 'db', ttl: 10 * SECOND }

describe('fetch: hits, misses and TTL', () => {
  test('a miss runs the origin; the next call is served from memory', async () => {
    const { store } = setup()
    const { origin, calls } = countingOrigin()
    const first: FetchStatus = {}
    const second: FetchStatus = {}
    expect(await store.fetch('k', origin, { ...db, status: first })).toBe('value-1')
    expect(await store.fetch('k', origin, { ...db, status: second })).toBe('value-1')
    expect(calls()).toBe(1)
    expect(first).toEqual({ outcome: 'miss', layer: undefined })
    expect(second).toEqual({ outcome: 'hit', layer: 'l1' })
  })

  test('a value is fresh for its TTL (stale strictly after, as in lru-cache), then the origin runs again', async () => {
    const { store, advance } = setup()
    const { origin, calls } = countingOrigin()
    await store.fetch('k', origin, db)
    advance(10 * SECOND)
    expect(await store.fetch('k', origin, db)).toBe('value-1')
    advance(1)
    expect(await store.fetch('k', origin, db)).toBe('value-2')
    expect(calls()).toBe(2)
  })

  test('namespaces keep equal keys apart', async () => {
    const { store } = setup()
    await store.fetch('42', async () => 'an AI answer', { namespace: 'ai', ttl: SECOND })
    expect(await store.fetch('42', async () => 'a DB row', { namespace: 'db', ttl: SECOND })).toBe('a DB row')
  })

  test('an origin error reaches the caller when nothing is cached, and nothing is stored', async () => {
    const { store } = setup()
    await expect(store.fetch('k', async () => Promise.reject(new Error('db down')), db)).rejects.toThrow('db down')
    expect(await store.fetch('k', async () => 'ok', db)).toBe('ok')
    expect(store.stats().namespaces.db?.errors).toBe(1)
  })
})

describe('single-flight', () => {
  test('100 concurrent misses for one key run the origin once', async () => {
    const { store } = setup()
    const gate = deferred<string>()
    let calls = 0
    const origin = () => (calls++, gate.promise)
    const all = Promise.all(Array.from({ length: 100 }, () => store.fetch('k', origin, db)))
    await flush()
    gate.resolve('shared')
    expect(new Set(await all)).toEqual(new Set(['shared']))
    expect(calls).toBe(1)
    const stats = store.stats().namespaces.db!
    expect(stats.misses).toBe(1)
    expect(stats.joins).toBe(99)
    expect(stats.originCalls).toBe(1)
  })

  test('joiners share the origin error too, and the next call tries again', async () => {
    const { store } = setup()
    const gate = deferred<string>()
    let calls = 0
    const origin = () => (calls++, gate.promise)
    const all = Promise.allSettled(Array.from({ length: 10 }, () => store.fetch('k', origin, db)))
    gate.reject(new Error('boom'))
    expect((await all).every((result) => result.status === 'rejected')).toBe(true)
    expect(calls).toBe(1)
    expect(await store.fetch('k', async () => 'recovered', db)).toBe('recovered')
  })

  test('an origin returning undefined is neither stored nor shared', async () => {
    const { store } = setup()
    let calls = 0
    const origin = async () => (calls++, undefined as string | undefined)
    const results = await Promise.all([store.fetch('k', origin, db), store.fetch('k', origin, db)])
    expect(results).toEqual([undefined, undefined])
    await store.fetch('k', origin, db)
    expect(calls).toBe(2)
  })
})

describe('stale-while-revalidate and stale-if-error', () => {
  const swr = { namespace: 'db', ttl: SECOND, staleTtl: 5 * SECOND }

  test('a stale value is served at once while one background refresh runs', async () => {
    const { store, advance } = setup()
    await store.fetch('k', async () => 'old', swr)
    advance(2 * SECOND)
    const gate = deferred<string>()
    let refreshes = 0
    const slowOrigin = () => (refreshes++, gate.promise)
    const statuses = Array.from({ length: 10 }, (): FetchStatus => ({}))
    const served = await Promise.all(statuses.map((status) => store.fetch('k', slowOrigin, { ...swr, status })))
    expect(served).toEqual(Array(10).fill('old'))
    expect(statuses.every((status) => status.outcome === 'stale')).toBe(true)
    expect(refreshes).toBe(1)
    gate.resolve('new')
    await flush()
    const after: FetchStatus = {}
    expect(await store.fetch('k', slowOrigin, { ...swr, status: after })).toBe('new')
    expect(after.outcome).toBe('hit')
  })

  test('if the refresh fails, the stale value stays and the error is logged (stale-if-error)', async () => {
    const { store, advance, logs } = setup()
    await store.fetch('k', async () => 'old', swr)
    advance(2 * SECOND)
    const failing = async (): Promise<string> => Promise.reject(new Error('AI provider 503'))
    expect(await store.fetch('k', failing, swr)).toBe('old')
    await flush()
    expect(await store.fetch('k', failing, swr)).toBe('old')
    await flush()
    const warning = logs().find((line) => line.msg === 'cache refresh failed, serving stale')
    expect(warning?.error).toMatchObject({ message: 'AI provider 503' })
    expect(store.stats().namespaces.db?.errors).toBe(2)
  })

  test('past the stale window the value is gone: the origin runs and its error reaches the caller', async () => {
    const { store, advance } = setup()
    await store.fetch('k', async () => 'old', swr)
    advance(6 * SECOND + 1)
    await expect(store.fetch('k', async () => Promise.reject(new Error('down')), swr)).rejects.toThrow('down')
  })

  test('foreground refresh: the first caller waits for the new value, callers meanwhile get the stale one', async () => {
    const { store, advance } = setup()
    const foreground = { ...swr, refresh: 'foreground' as const }
    await store.fetch('k', async () => 'old', foreground)
    advance(2 * SECOND)
    const gate = deferred<string>()
    const leader: FetchStatus = {}
    const leaderResult = store.fetch('k', () => gate.promise, { ...foreground, status: leader })
    const meanwhile: FetchStatus = {}
    expect(await store.fetch('k', async () => 'unused', { ...foreground, status: meanwhile })).toBe('old')
    expect(meanwhile.outcome).toBe('stale')
    gate.resolve('new')
    expect(await leaderResult).toBe('new')
    expect(leader.outcome).toBe('miss')
  })

  test('foreground refresh that fails gives the caller the stale value', async () => {
    const { store, advance } = setup()
    const foreground = { ...swr, refresh: 'foreground' as const }
    await store.fetch('k', async () => 'old', foreground)
    advance(2 * SECOND)
    const status: FetchStatus = {}
    expect(await store.fetch('k', async (): Promise<string> => Promise.reject(new Error('500')), { ...foreground, status })).toBe('old')
    expect(status.outcome).toBe('stale')
  })
})

describe('memory bound', () => {
  test('inserting more than the byte budget evicts the least recently used entries', async () => {
    const { store } = setup({ memoryBytes: 64 * 1024 })
    const value = 'x'.repeat(1024) // counts 2 KiB (UTF-16) + key + overhead
    for (let i = 0; i < 200; i++) await store.set(`k${i}`, value, db)
    const { l1 } = store.status()
    expect(l1.bytes).toBeLessThanOrEqual(64 * 1024)
    expect(l1.entries).toBeLessThan(200)
    expect(l1.entries).toBeGreaterThan(20)
    expect(store.stats().namespaces.db?.evictions).toBe(200 - l1.entries)
    expect(store.peek('k199', db)).toBe(value)
    expect(store.peek('k0', db)).toBeUndefined()
  })

  test('memory stays bounded when far more than the budget is inserted', async () => {
    const { store } = setup({ memoryBytes: 4 << 20 })
    Bun.gc(true)
    const before = process.memoryUsage().heapUsed
    // 10,000 distinct 4 KiB strings = 40 MiB (80 MiB as UTF-16) through a 4 MiB cache.
    for (let i = 0; i < 10_000; i++) await store.set(`k${i}`, Buffer.alloc(4096, 97 + (i % 26)).toString('latin1'), db)
    Bun.gc(true)
    const grown = process.memoryUsage().heapUsed - before
    expect(store.status().l1.bytes).toBeLessThanOrEqual(4 << 20)
    expect(grown).toBeLessThan(12 << 20)
  })

  test('an entry bigger than maxEntryBytes is returned but not kept', async () => {
    const { store } = setup({ memoryBytes: 64 * 1024, maxEntryBytes: 4 * 1024 })
    const { origin, calls } = countingOrigin()
    const big = async () => `${await origin()}${'y'.repeat(4096)}`
    expect((await store.fetch('big', big, db)).startsWith('value-1')).toBe(true)
    expect((await store.fetch('big', big, db)).startsWith('value-2')).toBe(true)
    expect(calls()).toBe(2)
  })
})

describe('tags and invalidation', () => {
  test('invalidating a tag removes exactly the entries carrying it', async () => {
    const { store } = setup()
    await store.set('video:42', { title: 'A' }, { ...db, tags: ['video:42', 'user:7'] })
    await store.set('video:43', { title: 'B' }, { ...db, tags: ['video:43', 'user:7'] })
    await store.set('video:44', { title: 'C' }, { ...db, tags: ['video:44', 'user:8'] })
    await store.invalidateTags(['user:7'])
    expect(store.peek('video:42', db)).toBeUndefined()
    expect(store.peek('video:43', db)).toBeUndefined()
    expect(store.peek('video:44', db)).toEqual({ title: 'C' })
    // The index forgets tags whose entries are gone.
    expect(store.stats().taggedTags).toBe(2)
  })

  test('a fill that was running when its tag was invalidated is returned but not stored', async () => {
    const { store } = setup()
    const gate = deferred<string>()
    const running = store.fetch('video:42', () => gate.promise, { ...db, tags: ['video:42'] })
    await flush()
    await store.invalidateTags(['video:42'])
    gate.resolve('read before the write')
    expect(await running).toBe('read before the write')
    expect(await store.fetch('video:42', async () => 'read after the write', { ...db, tags: ['video:42'] })).toBe('read after the write')
  })

  test('delete removes one key', async () => {
    const { store } = setup()
    await store.set('a', 1, db)
    await store.set('b', 2, db)
    await store.delete('a', db)
    expect(store.peek('a', db)).toBeUndefined()
    expect(store.peek('b', db)).toBe(2)
  })
})

describe('get, peek and set', () => {
  test('get and peek return fresh values only; get never runs an origin', async () => {
    const { store, advance } = setup()
    await store.set('k', { n: 1 }, { ...db, staleTtl: 60 * SECOND })
    expect(store.peek('k', db)).toEqual({ n: 1 })
    expect(await store.get('k', db)).toEqual({ n: 1 })
    advance(10 * SECOND + 1)
    expect(store.peek('k', db)).toBeUndefined()
    expect(await store.get('k', db)).toBeUndefined()
    expect(await store.get('never-set', db)).toBeUndefined()
  })

  test('stores Uint8Array bodies as they are', async () => {
    const { store } = setup()
    const body = new Uint8Array([1, 2, 3])
    await store.set('body', body, { ...db, namespace: 'http:videos' })
    expect(store.peek('body', { namespace: 'http:videos' })).toBe(body)
  })
})

describe('options and lifecycle', () => {
  test('bad options throw TypeErrors that name the problem', async () => {
    expect(() => new CacheStore({ memoryBytes: 10, logger: silentLogger })).toThrow('memoryBytes must be an integer >= 1024')
    const { store } = setup()
    await expect(store.fetch('k', async () => 1, { namespace: 'db', ttl: 0 })).rejects.toThrow(
      'ttl must be a positive number of milliseconds',
    )
    expect(() => store.set('k', 1, { namespace: 'db', ttl: 1, staleTtl: -1 })).toThrow('staleTtl must be a non-negative number')
    await expect(store.fetch('k', async () => 1, { namespace: 'Bad Namespace', ttl: 1 })).rejects.toThrow('invalid cache namespace')
  })

  test('without REDIS_URL, L2 shows as disabled', () => {
    const { store } = setup()
    expect(store.status()).toEqual({ l2: 'disabled', l1: { bytes: 0, entries: 0, maxBytes: 1 << 20 } })
  })

  test('close() is idempotent and L1 keeps working after it', async () => {
    const { store } = setup()
    await store.close()
    await store.close()
    expect(await store.fetch('k', async () => 'still works', db)).toBe('still works')
  })
})
