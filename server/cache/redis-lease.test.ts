/** Leases and command metrics against a real redis-server; every wait is for a condition, bounded. */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { silentLogger } from '../log.ts'
import { createRedisMetrics } from '../metrics/redis.ts'
import { createRegistry } from '../metrics/registry.ts'
import { renderExposition } from '../metrics/exposition.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { redisServerBinaryOrSkip, startRedisServer, type RedisServer } from '../testing/redis-server.ts'
import { waitUntil } from '../testing/wait.ts'
import { RedisConnections } from './redis-channel.ts'
import { redisLease } from './redis-lease.ts'

const binary = redisServerBinaryOrSkip()

describe.skipIf(!binary)('with a real Redis', () => {
  let redis: RedisServer
  const opened: RedisConnections[] = []
  /** Connected: the command connection is fail-fast (no offline queue), so wait until it is ready. */
  const connect = async (instanceId: string) => {
    const connections = new RedisConnections({ url: redis.url, logger: silentLogger, instanceId })
    opened.push(connections)
    await waitUntil(() => connections.client.status === 'ready', { what: `${instanceId} connected` })
    return connections
  }
  beforeAll(async () => {
    redis = await startRedisServer({ binary })
  })
  afterAll(async () => {
    await Promise.all(opened.map((connections) => connections.close()))
    await redis.stop()
  })

  test('one holder at a time; it renews; when it stops renewing, another takes over', async () => {
    const a = await connect('replica-a')
    const b = await connect('replica-b')
    const key = `test:lease:${crypto.randomUUID()}`
    const leaseA = redisLease(a.client, key, 'replica-a', 300)
    const leaseB = redisLease(b.client, key, 'replica-b', 300)
    expect(await leaseA()).toBe(true)
    expect(await leaseB()).toBe(false)
    expect(await leaseA()).toBe(true)
    expect(await leaseB()).toBe(false)
    // A stops renewing (crashed): its lease runs out and B's next try takes it.
    await waitUntil(leaseB, { what: 'replica-b holds the lease' })
    expect(await leaseA()).toBe(false)
  })

  test('a lease reads as not held when Redis cannot answer', async () => {
    const a = await connect('replica-c')
    const lease = redisLease(a.client, 'test:lease:down', 'replica-c', 1000)
    expect(await lease()).toBe(true)
    await a.close()
    expect(await lease()).toBe(false)
  })

  test('every command on the command connection is counted and timed by name, errors too', async () => {
    const connections = await connect('replica-d')
    const registry = createRegistry()
    connections.observeCommands(createRedisMetrics(registry, connections).observer)
    await connections.client.set('test:metrics', 'x')
    await connections.client.get('test:metrics')
    await connections.client.pipeline().get('test:metrics').get('test:metrics').exec()
    // INCR on a string that is not a number: Redis answers with an error.
    await expect(connections.client.incr('test:metrics')).rejects.toThrow()
    const parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_redis_commands_total', { command: 'set', outcome: 'ok' })).toBe(1)
    expect(parsed.value('reelsmith_redis_commands_total', { command: 'get', outcome: 'ok' })).toBe(3)
    expect(parsed.value('reelsmith_redis_commands_total', { command: 'incr', outcome: 'error' })).toBe(1)
    expect(parsed.value('reelsmith_redis_command_duration_seconds_count', { command: 'get' })).toBe(3)
    expect(parsed.families.has('reelsmith_redis_connection_errors_total')).toBe(true)
  })
})
