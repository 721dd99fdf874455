/**
 * Redis failures never reach a request: Redis never started, killed mid-burst and restarted,
 * hung (SIGSTOP). Timeouts and the breaker are tuned down so the file runs in a few seconds;
 * production uses the defaults in redis-options.ts and breaker.ts.
 *
 * Nothing here measures time: "does not wait" is asserted by counting the commands sent to Redis
 * and by requests that finish while Redis is still down (a loaded CI machine makes any duration
 * bound a coin toss). What a request costs during an outage is measured by scripts/bench-redis-outage.ts.
 */
import { describe, expect, test } from 'bun:test'
import { Redis } from 'ioredis'
import { silentLogger } from '../log.ts'
import { freePort, redisServerBinaryOrSkip, startRedisServer } from '../testing/redis-server.ts'
import { waitUntil } from '../testing/wait.ts'
import type { CircuitBreakerOptions } from './breaker.ts'
import { CacheStore } from './store.ts'
import { fakeClock } from './test-helpers.ts'

const binary = redisServerBinaryOrSkip()
const fast = {
  tuning: { commandTimeoutMs: 150, connectTimeoutMs: 200, maxReconnectDelayMs: 100 },
  breaker: { failureThreshold: 3, cooldownMs: 200 },
}
const db = { namespace: 'db', ttl: 60_000 }
/** One task's pause, as a real origin (a query, an AI call) gives the event loop. */
const yieldTask = () => new Promise<void>((resolve) => setImmediate(resolve))

const makeStore = (redisUrl: string, instanceId = 'a', breaker: CircuitBreakerOptions = {}) =>
  new CacheStore({
    memoryBytes: 4 << 20,
    redisUrl,
    logger: silentLogger,
    instanceId,
    redis: { ...fast, breaker: { ...fast.breaker, ...breaker } },
  })
const ready = (store: CacheStore) =>
  waitUntil(() => store.status().l2 === 'up' && store.status().redis?.subscribed === true, { what: 'L2 up and subscribed' })
const l2Counters = (store: CacheStore) => store.stats().l2Counters!
/** Commands that went to Redis (each may have to wait for an answer); skipped ones did not. */
const sent = (store: CacheStore) => l2Counters(store).reads + l2Counters(store).writes

describe.skipIf(!binary)('Redis failures never reach a request', () => {
  test('Redis never started: the app works from memory and the origin, and never waits on Redis', async () => {
    const store = makeStore(`redis://127.0.0.1:${await freePort()}`)
    try {
      let calls = 0
      for (let i = 0; i < 50; i++) expect(await store.fetch(`k${i % 10}`, async () => (calls++, `v${i % 10}`), db)).toBe(`v${i % 10}`)
      expect(calls).toBe(10)
      expect(store.status().l2).toBe('down')
      // Every L2 read and write was skipped on the spot: no command was sent, so none could wait.
      expect(sent(store)).toBe(0)
      expect(l2Counters(store).errors).toBe(0)
      expect(l2Counters(store).skipped).toBeGreaterThanOrEqual(calls) // each miss asked L2 first
    } finally {
      await store.close()
    }
  })

  test('killing redis-server during a burst fails no request; after a restart L2 is used again without restarting the app', async () => {
    const redis = await startRedisServer({ binary })
    const store = makeStore(redis.url)
    const raw = new Redis(redis.url, { lazyConnect: true, retryStrategy: () => 50 })
    try {
      await ready(store)
      const failures: unknown[] = []
      const inFlight = new Set<number>()
      let started = 0
      let served = 0
      let stop = false
      // A short TTL keeps the burst going to Redis (and to the origin) the whole time.
      const options = { namespace: 'db', ttl: 100, tags: ['burst'] }
      const originCalls = () => store.stats().namespaces.db?.originCalls ?? 0
      const worker = async () => {
        while (!stop) {
          // Real requests arrive through I/O, one task each: yield like they do, or an all-hits
          // loop of microtasks would starve the timers (and the kill) until it ends.
          await yieldTask()
          const id = ++started
          inFlight.add(id)
          const key = `k${Math.floor(Math.random() * 200)}`
          try {
            const value = await store.fetch(key, async () => (await yieldTask(), `value of ${key}`), options)
            if (value !== `value of ${key}`) failures.push(`wrong value for ${key}: ${value}`)
            served++
          } catch (error) {
            failures.push(error)
          } finally {
            inFlight.delete(id)
          }
        }
      }
      const burst = Promise.all(Array.from({ length: 20 }, worker))
      try {
        await waitUntil(() => served >= 300 && l2Counters(store).reads > 0, { what: 'a burst served through Redis' })
        // Hang, then die: the commands sent meanwhile are in flight when the process goes.
        const sentBeforeHang = sent(store)
        redis.pause()
        await waitUntil(() => sent(store) > sentBeforeHang, { what: 'a command sent to the hung Redis' })
        await redis.kill()
        // While Redis stays down, every request the kill caught finishes and new ones keep being
        // served from memory and the origin: a command in flight fails at once instead of waiting
        // for a reconnection (ioredis' defaults would hold it until the restart below).
        const caught = [...inFlight]
        const servedAtKill = served
        const originCallsAtKill = originCalls()
        await waitUntil(
          () => caught.every((id) => !inFlight.has(id)) && served >= servedAtKill + 300 && originCalls() > originCallsAtKill,
          {
            what: 'requests caught by the kill finished and more served while Redis is down',
          },
        )
        expect(store.status().l2).toBe('down')
        await redis.restart()
        await waitUntil(() => store.status().l2 === 'up', { what: 'L2 up after the restart' })
        const servedAtRestart = served
        await waitUntil(() => served >= servedAtRestart + 100, { what: 'requests served after the restart' })
      } finally {
        stop = true
        await burst
      }

      expect(failures).toEqual([])
      expect(l2Counters(store).errors).toBeGreaterThan(0) // commands were in flight when Redis died

      // Back without restarting the app: the same store writes to and reads from Redis again. A
      // write that meets a busy machine may time out; the next attempt is the one that counts.
      await raw.connect()
      await waitUntil(
        async () => {
          await store.set('after-restart', 'written after the restart', db)
          return (await raw.exists('reelsmith:c:db:after-restart')) === 1
        },
        { what: 'a write after the restart reaching Redis', everyMs: 50 },
      )
      const other = makeStore(redis.url, 'b')
      await ready(other)
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
      await ready(store)
      await store.set('k', 'cached before the outage', db)
      await redis.kill()
      expect(store.peek('k', db)).toBe('cached before the outage')
      await redis.restart()
      await waitUntil(() => store.peek('k', db) === undefined, { what: 'L1 cleared after the gap' })
    } finally {
      await store.close()
      await redis.stop()
    }
  })

  test('a hung Redis fails no request; after failureThreshold timeouts the breaker skips it; it resumes when Redis does', async () => {
    const redis = await startRedisServer({ binary })
    // The breaker's own clock: its cooldown passes when the test says so, not when a busy machine does.
    const breakerClock = fakeClock()
    const opened: { errors: number; sent: number }[] = []
    const store: CacheStore = makeStore(redis.url, 'a', {
      now: breakerClock.now,
      onStateChange: (to) => void (to === 'open' && opened.push({ errors: l2Counters(store).errors, sent: sent(store) })),
    })
    try {
      await ready(store)
      redis.pause()
      for (let i = 0; i < 6; i++) expect(await store.fetch(`k${i}`, async () => `v${i}`, db)).toBe(`v${i}`)
      // The first commands waited for their timeout; the third failure opened the breaker, and from
      // then on nothing was sent (so nothing waited): the last calls were skipped on the spot.
      expect(opened).toHaveLength(1)
      expect(opened[0]!.errors).toBe(fast.breaker.failureThreshold)
      expect(sent(store)).toBe(opened[0]!.sent)
      expect(store.status().l2).toBe('open')
      redis.resume()
      // Once the cooldown has passed the breaker lets a probe through; keep some traffic going.
      await waitUntil(
        async () => {
          breakerClock.advance(fast.breaker.cooldownMs)
          await store.fetch(`probe${Math.random()}`, async () => 'x', db)
          return store.status().l2 === 'up'
        },
        { what: 'L2 back up after Redis resumed', everyMs: 50 },
      )
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
      await ready(store)
      await store.set('video:1', 'old title', { ...db, tags: ['video:1'] })
      expect(await raw.exists('reelsmith:c:db:video:1')).toBe(1)
      redis.pause()
      await store.invalidateTags(['video:1']) // times out: kept for later
      expect(store.peek('video:1', db)).toBeUndefined()
      expect(store.status().redis?.pendingInvalidations).toBe(1)
      // While it is pending, Redis (which still has the old value) is not read.
      expect(await store.get('video:1', db)).toBeUndefined()
      redis.resume()
      await waitUntil(() => store.status().redis?.pendingInvalidations === 0, { what: 'pending invalidations replayed' })
      expect(await raw.exists('reelsmith:c:db:video:1')).toBe(0)
    } finally {
      redis.resume()
      raw.disconnect()
      await store.close()
      await redis.stop()
    }
  })
})
