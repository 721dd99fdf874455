/**
 * Redis failures never reach a request: Redis never started, killed mid-burst and restarted,
 * hung (SIGSTOP). Timeouts and the breaker are tuned down so the file runs in a few seconds;
 * production uses the defaults in redis-options.ts and breaker.ts.
 */
import { describe, expect, test } from 'bun:test'
import { Redis } from 'ioredis'
import { silentLogger } from '../log.ts'
import { freePort, redisServerBinaryOrSkip, startRedisServer } from '../testing/redis-server.ts'
import { CacheStore } from './store.ts'
import { waitFor } from './test-helpers.ts'

const binary = redisServerBinaryOrSkip()
const fast = {
  tuning: { commandTimeoutMs: 150, connectTimeoutMs: 200, maxReconnectDelayMs: 100 },
  breaker: { failureThreshold: 3, cooldownMs: 200 },
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const db = { namespace: 'db', ttl: 60_000 }

const makeStore = (redisUrl: string, instanceId = 'a') =>
  new CacheStore({ memoryBytes: 4 << 20, redisUrl, logger: silentLogger, instanceId, redis: fast })
const ready = (store: CacheStore) => waitFor(() => store.status().l2 === 'up' && store.status().redis?.subscribed === true)

describe.skipIf(!binary)('Redis failures never reach a request', () => {
  test('Redis never started: the app works from memory and the origin, without waiting', async () => {
    const store = makeStore(`redis://127.0.0.1:${await freePort()}`)
    try {
      let calls = 0
      const started = performance.now()
      for (let i = 0; i < 50; i++) expect(await store.fetch(`k${i % 10}`, async () => (calls++, `v${i % 10}`), db)).toBe(`v${i % 10}`)
      expect(performance.now() - started).toBeLessThan(250)
      expect(calls).toBe(10)
      expect(store.status().l2).toBe('down')
    } finally {
      await store.close()
    }
  })

  test('killing redis-server during a burst fails no request; after a restart L2 is used again without restarting the app', async () => {
    const redis = await startRedisServer({ binary })
    const store = makeStore(redis.url)
    const raw = new Redis(redis.url, { lazyConnect: true, retryStrategy: () => 50 })
    try {
      expect(await ready(store)).toBe(true)
      const failures: unknown[] = []
      let served = 0
      let slowest = 0
      // A short TTL keeps the burst going to Redis (and to the origin) the whole time.
      const options = { namespace: 'db', ttl: 100, tags: ['burst'] }
      const deadline = Date.now() + 2000
      const worker = async () => {
        while (Date.now() < deadline) {
          // Real requests arrive through I/O, one task each: yield like they do, or an all-hits
          // loop of microtasks would starve the timers (and the kill) until it ends.
          await new Promise((resolve) => setImmediate(resolve))
          const key = `k${Math.floor(Math.random() * 200)}`
          const started = performance.now()
          try {
            const value = await store.fetch(key, async () => (await sleep(1), `value of ${key}`), options)
            if (value !== `value of ${key}`) failures.push(`wrong value for ${key}: ${value}`)
            served++
          } catch (error) {
            failures.push(error)
          }
          slowest = Math.max(slowest, performance.now() - started)
        }
      }
      const burst = Promise.all(Array.from({ length: 20 }, worker))
      await sleep(300)
      // Hang, then die: the commands sent meanwhile are in flight when the process goes.
      redis.pause()
      await sleep(50)
      await redis.kill()
      // Down for longer than any request may take: a command caught in flight by the kill must
      // fail at once, not wait for the reconnection (ioredis' defaults would hold it).
      await sleep(1200)
      await redis.restart()
      await burst

      expect(failures).toEqual([])
      expect(served).toBeGreaterThan(1000)
      expect(store.stats().namespaces.db?.originCalls).toBeGreaterThan(1000) // the 100 ms TTL kept Redis and the origin busy
      expect(slowest).toBeLessThan(1000)
      expect(store.stats().l2Counters?.errors).toBeGreaterThan(0) // commands were in flight when Redis died

      // Back without restarting the app: the same store writes to and reads from Redis again.
      expect(await waitFor(() => store.status().l2 === 'up', 5000)).toBe(true)
      await store.set('after-restart', 'written after the restart', db)
      await raw.connect()
      expect(await raw.exists('rs:c:db:after-restart')).toBe(1)
      const other = makeStore(redis.url, 'b')
      expect(await ready(other)).toBe(true)
      expect(await other.get('after-restart', db)).toBe('written after the restart')
      await other.close()
    } finally {
      raw.disconnect()
      await store.close()
      await redis.stop()
    }
  })

  test('after the invalidation channel was cut, L1 is cleared (it may have missed invalidations)', async () => {
    const redis = await startRedisServer({ binary })
    const store = makeStore(redis.url)
    try {
      expect(await ready(store)).toBe(true)
      await store.set('k', 'cached before the outage', db)
      await redis.kill()
      expect(store.peek('k', db)).toBe('cached before the outage')
      await redis.restart()
      expect(await waitFor(() => store.peek('k', db) === undefined, 5000)).toBe(true)
    } finally {
      await store.close()
      await redis.stop()
    }
  })

  test('a hung Redis costs at most a command timeout, then the breaker skips it; it resumes when Redis does', async () => {
    const redis = await startRedisServer({ binary })
    const store = makeStore(redis.url)
    try {
      expect(await ready(store)).toBe(true)
      redis.pause()
      const durations: number[] = []
      for (let i = 0; i < 6; i++) {
        const started = performance.now()
        expect(await store.fetch(`k${i}`, async () => `v${i}`, db)).toBe(`v${i}`)
        durations.push(performance.now() - started)
      }
      // The first calls wait for the 150 ms command timeout; once 3 failed, the breaker opens and
      // the next ones do not wait at all (the bound only has to tell "skipped" from "timed out").
      expect(Math.max(...durations)).toBeLessThan(400)
      expect(durations.slice(3).every((ms) => ms < 50)).toBe(true)
      expect(store.status().l2).toBe('open')
      redis.resume()
      // The breaker lets a probe through after its cooldown; keep some traffic going.
      const back = await waitFor(async () => {
        await store.fetch(`probe${Math.random()}`, async () => 'x', db)
        return store.status().l2 === 'up'
      }, 5000, 50)
      expect(back).toBe(true)
    } finally {
      redis.resume()
      await store.close()
      await redis.stop()
    }
  })

  test('an invalidation that could not reach Redis is replayed before Redis is read again', async () => {
    const redis = await startRedisServer({ binary })
    const store = makeStore(redis.url)
    const raw = new Redis(redis.url)
    try {
      expect(await ready(store)).toBe(true)
      await store.set('video:1', 'old title', { ...db, tags: ['video:1'] })
      expect(await raw.exists('rs:c:db:video:1')).toBe(1)
      redis.pause()
      await store.invalidateTags(['video:1']) // times out: kept for later
      expect(store.peek('video:1', db)).toBeUndefined()
      expect(store.status().redis?.pendingInvalidations).toBe(1)
      // While it is pending, Redis (which still has the old value) is not read.
      expect(await store.get('video:1', db)).toBeUndefined()
      redis.resume()
      expect(await waitFor(() => store.status().redis?.pendingInvalidations === 0, 5000)).toBe(true)
      expect(await raw.exists('rs:c:db:video:1')).toBe(0)
    } finally {
      redis.resume()
      raw.disconnect()
      await store.close()
      await redis.stop()
    }
  })
})
