import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
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
