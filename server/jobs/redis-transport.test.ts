import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { RedisConnections } from '../cache/redis-channel.ts'
import { CacheStore } from '../cache/store.ts'
import { waitFor } from '../cache/test-helpers.ts'
import { silentLogger } from '../log.ts'
import { redisServerBinaryOrSkip, startRedisServer, type RedisServer } from '../testing/redis-server.ts'
import { ProgressBus, type ProgressEvent } from './progress.ts'
import { createRedisProgressTransport } from './redis-transport.ts'

const binary = redisServerBinaryOrSkip()

const event = (videoId: string, progress: number): ProgressEvent => ({
  videoId,
  jobId: 'j',
  status: 'running',
  step: 'script',
  label: 'Writing the script',
  progress,
  at: 1,
})

describe.skipIf(!binary)('progress between replicas over Redis', () => {
  let redis: RedisServer
  const transports: ReturnType<typeof createRedisProgressTransport>[] = []
  beforeAll(async () => {
    redis = await startRedisServer({ binary })
  })
  afterAll(async () => {
    await Promise.all(transports.map((transport) => transport.close()))
    await redis?.stop()
  })

  const replica = () => {
    const transport = createRedisProgressTransport({ url: redis.url, logger: silentLogger })
    transports.push(transport)
    return new ProgressBus({ transport })
  }

  test('an event published on one replica reaches the other’s subscribers once, and its own once', async () => {
    const a = replica()
    const b = replica()
    const onA: number[] = []
    const onB: number[] = []
    a.subscribe('v1', (e) => onA.push(e.progress))
    b.subscribe('v1', (e) => onB.push(e.progress))
    // Subscriptions are asynchronous: publish until the other side hears, then check exactness.
    expect(await waitFor(() => (a.publish(event('v1', 0.1)), onB.length > 0), 5000, 50)).toBe(true)
    a.publish(event('v1', 0.5))
    expect(await waitFor(() => onB.includes(0.5))).toBe(true)
    // Redis delivers in the order it ran the publishes, so once each side has heard a later event
    // from the other, any duplicate of 0.5 (or A's own echo) would already be there.
    a.publish(event('v1', 0.8))
    b.publish(event('v1', 0.9))
    expect(await waitFor(() => onB.includes(0.8) && onA.includes(0.9))).toBe(true)
    // Exactly once on each side, though the warm-up events before it may still be arriving.
    expect(onB.filter((p) => p === 0.5)).toEqual([0.5])
    expect(onA.filter((p) => p === 0.5)).toEqual([0.5])
  })

  test('a malformed message on the channel is ignored', async () => {
    const b = replica()
    const seen: ProgressEvent[] = []
    b.subscribe('v2', (e) => seen.push(e))
    const { Redis } = await import('ioredis')
    const raw = new Redis(redis.url)
    await raw.publish('reelsmith:progress', '{"from":"x","event":{"videoId":"v2","progress":"lots"}}')
    await raw.publish('reelsmith:progress', 'not json')
    // A valid message after them: once it is heard, the two before it were read (same connection, in order).
    await raw.publish('reelsmith:progress', JSON.stringify({ from: 'x', event: event('v2', 0.3) }))
    expect(await waitFor(() => seen.length > 0)).toBe(true)
    raw.disconnect()
    expect(seen.map((e) => e.progress)).toEqual([0.3])
  })

  test('the cache and progress of one process share its two connections (CLIENT LIST), and both work on them', async () => {
    const logger = silentLogger
    const shared = new RedisConnections({ url: redis.url, logger, instanceId: 'one-process' })
    const store = new CacheStore({ memoryBytes: 1 << 20, logger, redisConnections: shared })
    const transport = createRedisProgressTransport({ connections: shared })
    const other = replica()
    const { Redis } = await import('ioredis')
    const raw = new Redis(redis.url)
    try {
      expect(store.instanceId).toBe('one-process')
      const bus = new ProgressBus({ transport })
      const heard: number[] = []
      other.subscribe('v4', (e) => heard.push(e.progress))
      expect(await waitFor(() => (bus.publish(event('v4', 0.4)), heard.length > 0), 5000, 50)).toBe(true)
      await store.set('k', 'v', { namespace: 'db', ttl: 60_000 })
      expect(await raw.exists('reelsmith:c:db:k')).toBe(1)
      const clients = async () => ((await raw.client('LIST')) as string).split('\n').filter((line) => line.includes(':one-process '))
      // One subscriber holds both channels, cache invalidation and progress (subscribing is asynchronous).
      expect(await waitFor(async () => (await clients()).some((line) => line.includes('sub=2')))).toBe(true)
      expect((await clients()).length).toBe(2)
    } finally {
      raw.disconnect()
      await transport.close()
      await store.close()
      await shared.close()
    }
  })

  test('two deployments on one Redis (REDIS_PREFIX) share neither progress, cache keys nor invalidations', async () => {
    const { Redis } = await import('ioredis')
    const raw = new Redis(redis.url)
    const open = (keyPrefix: string, instanceId: string) => {
      const connections = new RedisConnections({ url: redis.url, logger: silentLogger, instanceId, keyPrefix })
      const transport = createRedisProgressTransport({ connections })
      const store = new CacheStore({ memoryBytes: 1 << 20, logger: silentLogger, redisConnections: connections })
      return { connections, transport, store, bus: new ProgressBus({ transport }) }
    }
    const blue = [open('blue:', 'blue-1'), open('blue:', 'blue-2')]
    const green = [open('green:', 'green-1'), open('green:', 'green-2')]
    try {
      const heardBlue: number[] = []
      const heardGreen: number[] = []
      blue[1]!.bus.subscribe('v5', (e) => heardBlue.push(e.progress))
      green[1]!.bus.subscribe('v5', (e) => heardGreen.push(e.progress))
      // Each deployment hears its own (subscribing is asynchronous: publish until heard).
      expect(await waitFor(() => (blue[0]!.bus.publish(event('v5', 0.1)), heardBlue.length > 0), 5000, 50)).toBe(true)
      expect(await waitFor(() => (green[0]!.bus.publish(event('v5', 0.2)), heardGreen.length > 0), 5000, 50)).toBe(true)
      blue[0]!.bus.publish(event('v5', 0.7))
      green[0]!.bus.publish(event('v5', 0.8))
      expect(await waitFor(() => heardBlue.includes(0.7) && heardGreen.includes(0.8))).toBe(true)
      // Redis delivers in the order it ran the publishes: the other deployment's would be here by now.
      expect(heardBlue.filter((p) => p === 0.2 || p === 0.8)).toEqual([])
      expect(heardGreen.filter((p) => p === 0.1 || p === 0.7)).toEqual([])
      await blue[0]!.store.set('same-key', 'blue value', { namespace: 'db', ttl: 60_000 })
      await green[0]!.store.set('same-key', 'green value', { namespace: 'db', ttl: 60_000 })
      expect(await raw.get('blue:c:db:same-key')).toContain('blue value')
      expect(await raw.get('green:c:db:same-key')).toContain('green value')
      expect(await raw.exists('reelsmith:c:db:same-key')).toBe(0)
      const channels = (await raw.pubsub('CHANNELS', '*')) as string[]
      expect(channels).toEqual(expect.arrayContaining(['blue:progress', 'blue:invalidate', 'green:progress', 'green:invalidate']))
    } finally {
      raw.disconnect()
      for (const part of [...blue, ...green]) {
        await part.transport.close()
        await part.store.close()
        await part.connections.close()
      }
    }
  })

  test('with Redis stopped, publishing neither throws nor blocks, and local delivery goes on', async () => {
    const local = createRedisProgressTransport({ url: 'redis://127.0.0.1:1', logger: silentLogger })
    transports.push(local)
    const bus = new ProgressBus({ transport: local })
    const seen: number[] = []
    bus.subscribe('v3', (e) => seen.push(e.progress))
    // Delivered before publish() returned: it waited on nothing (and did not throw).
    bus.publish(event('v3', 0.7))
    expect(seen).toEqual([0.7])
  })
})
