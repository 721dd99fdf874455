/**
 * Attempt budgets shared by replicas through a real Redis: two apps (two replicas' wiring) count
 * one e-mail's guesses together, a new process continues the count, and while Redis is away each
 * process limits on its own. Waits are for conditions, bounded.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { RedisConnections } from '../cache/redis-channel.ts'
import { recordingLogger } from '../cache/test-helpers.ts'
import { silentLogger } from '../log.ts'
import { createBrowser, uniqueEmail } from '../testing/http-client.ts'
import { redisServerBinaryOrSkip, startRedisServer, type RedisServer } from '../testing/redis-server.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { waitUntil } from '../testing/wait.ts'
import { createRateLimiters } from './rate-limits.ts'
import { createSharedRateLimiter } from './shared-rate-limit.ts'

const binary = redisServerBinaryOrSkip()
const fast = { commandTimeoutMs: 150, connectTimeoutMs: 200, maxReconnectDelayMs: 100 }

describe.skipIf(!binary)('rate limits shared through Redis', () => {
  let redis: RedisServer
  const connections: RedisConnections[] = []
  const apps: TestApp[] = []
  const connect = async () => {
    const opened = new RedisConnections({ url: redis.url, logger: silentLogger, tuning: fast })
    connections.push(opened)
    await waitUntil(() => opened.client.status === 'ready', { what: 'redis connected' })
    return opened
  }
  /** A replica: its own app and database, the shared Redis for its limits. */
  const replica = async () => {
    const { client } = await connect()
    const app = await createTestApp({ rateLimiters: createRateLimiters({ logger: silentLogger, redis: { client, keyPrefix: 'test:' } }) })
    apps.push(app)
    return app
  }
  beforeAll(async () => {
    redis = await startRedisServer({ binary })
  })
  afterAll(async () => {
    for (const app of apps) await app.close()
    for (const opened of connections) await opened.close()
    await redis.stop()
  })

  test('two replicas allow 10 guesses for one e-mail between them, not 20; a new process keeps the count', async () => {
    const [a, b] = [await replica(), await replica()]
    const target = uniqueEmail('shared-target')
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) {
      const app = i % 2 === 0 ? a : b
      statuses.push((await createBrowser(app.app).json('POST', '/api/auth/login', { email: target, password: `guess ${i}` })).status)
    }
    expect(statuses).toEqual(Array(10).fill(401))
    for (const app of [a, b]) {
      const refused = await createBrowser(app.app).json('POST', '/api/auth/login', { email: target, password: 'guess 11' })
      expect(refused.status).toBe(429)
      expect(refused.headers.get('RateLimit-Remaining')).toBe('0')
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    }
    // A restart (a new process, new connections) does not reset the budget.
    const restarted = await replica()
    expect((await createBrowser(restarted.app).json('POST', '/api/auth/login', { email: target, password: 'guess 12' })).status).toBe(429)
  })

  test('an allowed attempt says what is left in the RateLimit headers', async () => {
    const app = await replica()
    const response = await createBrowser(app.app).json('POST', '/api/auth/login', { email: uniqueEmail('headers'), password: 'nope' })
    expect(response.status).toBe(401)
    expect(response.headers.get('RateLimit-Limit')).toBe('10')
    expect(response.headers.get('RateLimit-Remaining')).toBe('9')
    expect(response.headers.get('RateLimit-Policy')).toBe('10;w=900')
    expect(Number(response.headers.get('RateLimit-Reset'))).toBeGreaterThan(0)
  })

  test('while Redis is away the process limits on its own (never unlimited), and says so once', async () => {
    const recorded = recordingLogger()
    const { client } = await connect()
    const limiter = createSharedRateLimiter({ client, keyPrefix: 'test:outage:', limit: 2, windowMs: 60_000, logger: recorded.logger })
    expect((await limiter.hit('k')).allowed).toBe(true)
    await redis.kill()
    try {
      await waitUntil(() => client.status !== 'ready', { what: 'the connection noticed' })
      const during = [await limiter.hit('k'), await limiter.hit('k'), await limiter.hit('k')].map((result) => result.allowed)
      expect(during).toEqual([true, true, false])
      expect(recorded.lines().filter((line) => line.msg === 'rate limit counted in memory while Redis cannot answer')).toHaveLength(1)
    } finally {
      await redis.restart()
    }
  })
})
