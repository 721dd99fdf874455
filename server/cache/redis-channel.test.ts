/**
 * RedisConnections and its channels against a real redis-server. Two instances stand for two
 * processes. Nothing is timed: every wait is for a condition, bounded.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { Redis } from 'ioredis'
import { z } from 'zod'
import { silentLogger } from '../log.ts'
import { redisServerBinaryOrSkip, startRedisServer, type RedisServer } from '../testing/redis-server.ts'
import { waitUntil } from '../testing/wait.ts'
import { RedisConnections, type RedisChannel } from './redis-channel.ts'
import { recordingLogger } from './test-helpers.ts'

const binary = redisServerBinaryOrSkip()
const counterSchema = z.object({ from: z.string(), n: z.number().int() })
type CounterMessage = z.infer<typeof counterSchema>
const fast = { commandTimeoutMs: 150, connectTimeoutMs: 200, maxReconnectDelayMs: 100 }

describe.skipIf(!binary)('RedisConnections with a real Redis', () => {
  let redis: RedisServer
  let raw: Redis
  const opened: RedisConnections[] = []
  let channelCount = 0

  const connect = (instanceId: string, logger = silentLogger) => {
    const connections = new RedisConnections({ url: redis.url, logger, instanceId, tuning: fast })
    opened.push(connections)
    return connections
  }
  /** A channel whose messages land in `received`. */
  const listen = (connections: RedisConnections, name: string, extra: { onGap?: () => void } = {}) => {
    const received: number[] = []
    const channel = connections.channel({
      name,
      label: 'counter',
      schema: counterSchema,
      onMessage: (message) => received.push(message.n),
      ...extra,
    })
    return { channel, received }
  }
  const subscribed = (...channels: RedisChannel<CounterMessage>[]) =>
    waitUntil(() => channels.every((channel) => channel.subscribed), { what: 'channels subscribed' })
  /** CLIENT LIST lines of one process's connections. */
  const connectionsOf = async (instanceId: string) =>
    ((await raw.client('LIST')) as string).split('\n').filter((line) => line.includes(`:${instanceId} `))

  beforeAll(async () => {
    redis = await startRedisServer({ binary })
    raw = new Redis(redis.url)
  })
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((connections) => connections.close()))
  })
  afterAll(async () => {
    raw.disconnect()
    await redis.stop()
  })

  test('a message crosses from one process to the other, typed, and is not delivered back to its sender', async () => {
    const name = `c${++channelCount}`
    const a = listen(connect('a'), name)
    const b = listen(connect('b'), name)
    await subscribed(a.channel, b.channel)
    expect(await a.channel.publish({ n: 1 })).toBe(true)
    expect(await b.channel.publish({ n: 2 })).toBe(true)
    await waitUntil(() => b.received.length === 1 && a.received.length === 1, { what: 'both heard the other' })
    // Redis delivers in publish order on one connection: a 1 echoed to a would have come before b's 2.
    expect(a.received).toEqual([2])
    expect(b.received).toEqual([1])
    expect(a.channel.counters).toEqual({ received: 1, malformed: 0, published: 1, publishFailures: 0 })
  })

  test('every channel of a process shares one publisher and one subscriber: two connections in CLIENT LIST', async () => {
    const one = connect('solo')
    const channels = [1, 2, 3].map((i) => listen(one, `shared${i}`).channel)
    await subscribed(...channels)
    await Promise.all(channels.map((channel) => channel.publish({ n: 0 })))
    const lines = await connectionsOf('solo')
    expect(lines.length).toBe(2)
    expect(lines.filter((line) => line.includes('name=reelsmith-subscriber:solo ') && line.includes('sub=3')).length).toBe(1)
  })

  test('a second channel of the same name is refused; a closed one frees its name and stops delivery', async () => {
    const name = `c${++channelCount}`
    const a = connect('a')
    const first = listen(a, name)
    expect(() => listen(a, name)).toThrow(/already open/)
    await first.channel.close()
    const second = listen(a, name)
    const sender = listen(connect('b'), name)
    await subscribed(second.channel, sender.channel)
    await sender.channel.publish({ n: 5 })
    await waitUntil(() => second.received.length === 1, { what: 'the new channel heard' })
    expect(first.received).toEqual([])
  })

  test('a malformed message is dropped, logged at warn and counted; the next valid one arrives', async () => {
    const name = `c${++channelCount}`
    const log = recordingLogger()
    const b = listen(connect('b', log.logger), name)
    await subscribed(b.channel)
    await raw.publish(name, 'not json')
    await raw.publish(name, JSON.stringify({ from: 'x', n: 'lots' }))
    await raw.publish(name, JSON.stringify({ n: 3 }))
    await raw.publish(name, JSON.stringify({ from: 'x', n: 4 }))
    await waitUntil(() => b.received.length === 1, { what: 'the valid message' })
    // Same connection, in order: the three before it were read first.
    expect(b.received).toEqual([4])
    expect(b.channel.counters.malformed).toBe(3)
    const warnings = log.lines().filter((line) => line.msg === 'ignored malformed counter message')
    expect(warnings.length).toBe(3)
    expect(warnings.every((line) => line.level === 'warn' && line.channel === name)).toBe(true)
  })

  test('Redis killed: publishing fails softly and is counted; after a restart delivery resumes and the gap is reported', async () => {
    const name = `c${++channelCount}`
    const gaps: string[] = []
    const a = connect('a')
    const sender = listen(a, name)
    const b = connect('b')
    const receiver = listen(b, name, { onGap: () => gaps.push('b') })
    await subscribed(sender.channel, receiver.channel)

    await redis.kill()
    await waitUntil(() => !receiver.channel.subscribed && a.client.status !== 'ready', { what: 'both saw Redis go' })
    expect(await sender.channel.publish({ n: 1 })).toBe(false)
    expect(sender.channel.counters.publishFailures).toBe(1)
    expect(a.counters.errors).toBeGreaterThan(0)

    await redis.restart()
    await subscribed(sender.channel, receiver.channel)
    expect(gaps).toEqual(['b'])
    // The publisher may come back a moment after the subscriber: send until one lands.
    await waitUntil(async () => (await sender.channel.publish({ n: 2 }), receiver.received.length > 0), {
      what: 'delivery after the restart',
      everyMs: 50,
    })
    expect(receiver.received.every((n) => n === 2)).toBe(true)
  })
})
