/** RedisTier against a real redis-server: guarded writes, the invalidation channel, fail-fast options. */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { Redis } from 'ioredis'
import { silentLogger } from '../log.ts'
import { redisServerBinaryOrSkip, startRedisServer, type RedisServer } from '../testing/redis-server.ts'
import { failFastRedisOptions, reconnectDelay } from './redis-options.ts'
import { RedisTier, type InvalidationMessage } from './redis-tier.ts'
import { recordingLogger, waitFor } from './test-helpers.ts'

describe('failFastRedisOptions', () => {
  test('never queues or retries a command, times out in a few hundred ms, reconnects forever', () => {
    const options = failFastRedisOptions()
    expect(options.enableOfflineQueue).toBe(false)
    expect(options.maxRetriesPerRequest).toBe(0)
    expect(options.commandTimeout).toBeLessThanOrEqual(500)
    expect(options.connectTimeout).toBeLessThanOrEqual(1000)
    const delays = Array.from({ length: 1000 }, (_, i) => options.retryStrategy?.(i + 1))
    expect(delays.every((delay) => typeof delay === 'number' && delay > 0 && delay <= 2000)).toBe(true)
  })

  test('reconnect delays back off up to their ceiling', () => {
    const delay = reconnectDelay(400)
    expect([1, 2, 3, 4, 5, 50].map(delay)).toEqual([50, 100, 200, 400, 400, 400])
  })
})

const binary = redisServerBinaryOrSkip()

describe.skipIf(!binary)('RedisTier with a real Redis', () => {
  let redis: RedisServer
  let raw: Redis
  const tiers: RedisTier[] = []
  let prefixCount = 0

  const makeTier = (options: {
    prefix: string
    instanceId: string
    logger?: typeof silentLogger
    onRemote?: (m: InvalidationMessage) => void
  }) => {
    const tier = new RedisTier({
      url: redis.url,
      logger: options.logger ?? silentLogger,
      instanceId: options.instanceId,
      keyPrefix: options.prefix,
      onRemoteInvalidation: options.onRemote ?? (() => {}),
      onInvalidationGap: () => {},
    })
    tiers.push(tier)
    return tier
  }
  const ready = (tier: RedisTier) => waitFor(() => tier.state() === 'up' && tier.status().subscribed)

  beforeAll(async () => {
    redis = await startRedisServer({ binary })
    raw = new Redis(redis.url)
  })
  afterEach(async () => {
    await Promise.all(tiers.splice(0).map((tier) => tier.close()))
  })
  afterAll(async () => {
    raw.disconnect()
    await redis.stop()
  })

  const bytes = (text: string) => new TextEncoder().encode(text)

  test('a write lands in Redis with its TTL; a read returns the bytes and the tag generations', async () => {
    const prefix = `t${++prefixCount}:`
    const tier = makeTier({ prefix, instanceId: 'a' })
    expect(await ready(tier)).toBe(true)
    await tier.write('db:k', bytes('hello'), 5000, ['video:1'])
    const ttl = await raw.pttl(`${prefix}c:db:k`)
    expect(ttl).toBeGreaterThan(4000)
    expect(ttl).toBeLessThanOrEqual(5000)
    expect(await raw.smembers(`${prefix}t:video:1`)).toEqual([`${prefix}c:db:k`])
    const read = await tier.read('db:k', ['video:1'])
    expect(new TextDecoder().decode(read?.bytes)).toBe('hello')
    expect(read?.guard).toEqual([''])
  })

  test('a guarded write is dropped when its tag was invalidated since the read (by any replica)', async () => {
    const prefix = `t${++prefixCount}:`
    const filler = makeTier({ prefix, instanceId: 'filler' })
    const writer = makeTier({ prefix, instanceId: 'writer' })
    expect((await ready(filler)) && (await ready(writer))).toBe(true)
    const read = await filler.read('db:video:1', ['video:1'])
    // ...the filler asks its origin; meanwhile another replica writes and invalidates:
    await writer.invalidate(['video:1'], [])
    await filler.write('db:video:1', bytes('old data'), 5000, ['video:1'], { guard: read?.guard })
    expect(await raw.exists(`${prefix}c:db:video:1`)).toBe(0)
    expect(filler.counters.writeConflicts).toBe(1)
    // A fill that read after the invalidation may write.
    const again = await filler.read('db:video:1', ['video:1'])
    await filler.write('db:video:1', bytes('new data'), 5000, ['video:1'], { guard: again?.guard })
    expect(await raw.exists(`${prefix}c:db:video:1`)).toBe(1)
  })

  test('invalidate deletes tagged values and keys and tells the other replicas, not itself', async () => {
    const prefix = `t${++prefixCount}:`
    const own: InvalidationMessage[] = []
    const received: InvalidationMessage[] = []
    const a = makeTier({ prefix, instanceId: 'a', onRemote: (m) => own.push(m) })
    const b = makeTier({ prefix, instanceId: 'b', onRemote: (m) => received.push(m) })
    expect((await ready(a)) && (await ready(b))).toBe(true)
    await a.write('db:1', bytes('1'), 5000, ['user:7'])
    await a.write('db:2', bytes('2'), 5000, ['user:7', 'video:2'])
    await a.write('db:3', bytes('3'), 5000, [])
    await a.invalidate(['user:7'], ['db:3'])
    expect(await raw.exists(`${prefix}c:db:1`, `${prefix}c:db:2`, `${prefix}c:db:3`)).toBe(0)
    expect(await waitFor(() => received.length === 1)).toBe(true)
    expect(received[0]).toEqual({ from: 'a', tags: ['user:7'], keys: ['db:3'] })
    expect(own).toEqual([])
  })

  test('a malformed message on the channel is ignored and logged', async () => {
    const prefix = `t${++prefixCount}:`
    const log = recordingLogger()
    const received: InvalidationMessage[] = []
    const tier = makeTier({ prefix, instanceId: 'a', logger: log.logger, onRemote: (m) => received.push(m) })
    expect(await ready(tier)).toBe(true)
    await raw.publish(`${prefix}invalidate`, '{"from":"x","tags":"not-an-array"}')
    await raw.publish(`${prefix}invalidate`, 'not json')
    expect(
      await waitFor(() => log.lines().filter((line) => line.msg === 'ignored malformed cache invalidation message').length === 2),
    ).toBe(true)
    expect(received).toEqual([])
  })
})
