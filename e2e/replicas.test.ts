/**
 * Two replicas of the compiled binary behind one (simulated) load balancer, sharing a real Postgres
 * and a real Redis: what a team that outgrew one machine runs. A session made on one replica works on
 * the other, a job's progress reaches a page watching another replica, and a write on one replica
 * is never hidden by the other's caches.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, readSse, TEST_PASSWORD, uniqueEmail, videoRequest, type Send } from '../server/testing/http-client.ts'
import { postgresBinDirForTests, startPostgres, type PostgresServer } from '../server/testing/postgres-server.ts'
import { redisServerBinaryOrSkip, startRedisServer, type RedisServer } from '../server/testing/redis-server.ts'
import { waitUntil } from '../server/testing/wait.ts'
import { startBinary, type RunningBinary } from './harness/index.ts'

const postgresBin = postgresBinDirForTests()
const redisBin = redisServerBinaryOrSkip()
const ORIGIN = 'http://reelsmith.test'

/** A load balancer that sends every request to one replica, keeping the public Host like a proxy does. */
const via =
  (replica: RunningBinary): Send =>
  async (request) => {
    const url = new URL(request.url)
    const headers = new Headers(request.headers)
    headers.set('Host', new URL(ORIGIN).host)
    return fetch(`${replica.url}${url.pathname}${url.search}`, {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer(),
      redirect: 'manual',
    })
  }

describe.skipIf(!postgresBin || !redisBin)('two replicas sharing Postgres and Redis', () => {
  let postgres: PostgresServer
  let redis: RedisServer
  let a: RunningBinary
  let b: RunningBinary

  beforeAll(async () => {
    ;[postgres, redis] = await Promise.all([startPostgres({ binDir: postgresBin! }), startRedisServer({ binary: redisBin! })])
    const env = { DATABASE_URL: await postgres.createDatabase(), REDIS_URL: redis.url }
    // One after the other: the first runs the migrations (the second would wait on the advisory lock anyway).
    a = await startBinary({ env })
    b = await startBinary({ env })
  }, 60_000)

  afterAll(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()])
    await Promise.allSettled([redis?.stop(), postgres?.stop()])
  }, 30_000)

  /** One person's browser; `on` picks the replica the balancer sends the next request to. */
  const person = () => {
    let target: RunningBinary = a
    const browser = createBrowser((request) => via(target)(request), { origin: ORIGIN })
    return Object.assign(browser, { on: (replica: RunningBinary) => ((target = replica), browser) })
  }

  test('both replicas report Postgres and a live Redis', async () => {
    for (const replica of [a, b]) {
      // The Redis connection comes up a few ms after the server starts listening.
      let l2 = ''
      for (let tries = 0; tries < 100 && l2 !== 'up'; tries++, await Bun.sleep(20))
        l2 = (await (await fetch(`${replica.url}/healthz`)).json()).cache.l2
      expect(l2).toBe('up')
    }
    expect(a.logs.join('\n')).toContain('"database":"postgres"')
  })

  test('each replica holds two Redis connections, one publisher and one subscriber for every channel', async () => {
    const { Redis } = await import('ioredis')
    const raw = new Redis(redis.url)
    try {
      const ours = async () => ((await raw.client('LIST')) as string).split('\n').filter((line) => / name=reelsmith/.test(line))
      // Subscribing follows the connection: wait until both replicas' subscribers hold both channels.
      await waitUntil(async () => (await ours()).filter((line) => line.includes(' sub=2 ')).length === 2, {
        what: 'both subscribers on both channels',
      })
      const lines = await ours()
      const names = lines.map((line) => / name=(\S+)/.exec(line)?.[1] ?? '')
      expect(names.filter((name) => name.startsWith('reelsmith-subscriber:')).length).toBe(2)
      expect(names.filter((name) => name.startsWith('reelsmith:')).length).toBe(2)
      expect(lines.filter((line) => line.includes(' sub=2 ')).length).toBe(2)
    } finally {
      raw.disconnect()
    }
  })

  test('a session made on one replica is valid on the other', async () => {
    const ada = person()
    await ada.on(a).signUp(uniqueEmail('ada'), TEST_PASSWORD)
    const me = await ada.on(b).json('GET', '/api/auth/me')
    expect(me.status).toBe(200)
    expect((await me.json()).user.email).toBe(ada.user!.email)
  })

  test('logging out on one replica ends the session on the other, though it had it cached', async () => {
    const ada = person()
    await ada.on(a).signUp(uniqueEmail('ada-out'), TEST_PASSWORD)
    // B resolves the cookie once and keeps the session in its user-context cache (2 h).
    expect((await ada.on(b).json('GET', '/api/auth/me')).status).toBe(200)
    const stolen = `rs_session=${ada.cookie('rs_session')}`
    expect((await ada.on(a).json('POST', '/api/auth/logout')).status).toBe(204)
    // The invalidation reaches B over Redis pub/sub; wait for it (bounded), never for a fixed time.
    await waitUntil(
      async () => (await fetch(`${b.url}/api/auth/me`, { headers: { Cookie: stolen, Host: new URL(ORIGIN).host } })).status === 401,
      {
        what: 'replica B refuses the logged-out cookie',
      },
    )
  })

  test('a video created on one replica streams its progress to a page on the other, to the end', async () => {
    const ada = person()
    await ada.on(b).signUp(uniqueEmail('ada'), TEST_PASSWORD)
    const created = await ada.on(b).json('POST', '/api/videos', videoRequest({ durationSec: 60 }))
    expect(created.status).toBe(201)
    const { id } = await created.json()
    const stream = await ada.on(a).request(`/api/videos/${id}/events`)
    expect(stream.status).toBe(200)
    const { messages } = await readSse(stream, { until: (message) => /"status":"(done|failed)"/.test(message.data), timeoutMs: 15_000 })
    const last = JSON.parse(messages.at(-1)!.data)
    expect(last.status).toBe('done')
    const progress = messages.map((message) => JSON.parse(message.data).progress as number)
    expect(progress).toEqual([...progress].sort((x, y) => x - y))
  }, 30_000)

  test('publishing on one replica shows at once in the other’s cached gallery; deleting hides it there at once', async () => {
    const ada = person()
    const visitor = person().on(b)
    await ada.on(a).signUp(uniqueEmail('ada'), TEST_PASSWORD)
    const { id } = await (
      await ada
        .on(a)
        .json('POST', '/api/videos', videoRequest({ prompt: `A lighthouse keeper's last night ${crypto.randomUUID().slice(0, 6)}` }))
    ).json()
    const deadline = Date.now() + 10_000
    while ((await (await ada.on(a).json('GET', `/api/videos/${id}`)).json()).status !== 'ready') {
      if (Date.now() > deadline) throw new Error('video not ready in 10 s')
      await Bun.sleep(50)
    }
    // Warm replica B's page cache for the gallery.
    await visitor.page('/gallery')
    expect((await visitor.page('/gallery')).headers.get('x-cache')).toBe('HIT')

    expect((await ada.on(a).json('PATCH', `/api/videos/${id}`, { visibility: 'public' })).status).toBe(200)
    const afterPublish = await visitor.page('/gallery')
    expect(afterPublish.headers.get('x-cache')).toBe('MISS')
    expect(await afterPublish.text()).toContain(`/videos/${id}`)
    expect((await visitor.json('GET', `/api/videos/${id}`)).status).toBe(200)

    expect((await ada.on(a).json('DELETE', `/api/videos/${id}`)).status).toBe(204)
    expect((await visitor.json('GET', `/api/videos/${id}`)).status).toBe(404)
    expect(await (await visitor.page('/gallery')).text()).not.toContain(`/videos/${id}`)
  }, 30_000)
})
