/**
 * What anonymous junk query parameters make the page cache store: starts a real redis-server and
 * the compiled binary on it (`REDIS_URL`), sends `GET /gallery?utm_source=<i>` for distinct i, and
 * reports Redis keys and memory and the binary's L1 entries before and after, plus requests/s.
 *
 *   bun scripts/bench-junk-query.ts [--requests 20000] [--concurrency 16] [--path /gallery]
 *
 * Needs `bun run build` first (and `redis-server` on PATH).
 */
import { parseArgs } from 'node:util'
import { Redis } from 'ioredis'
import { startBinary } from '../e2e/harness/index.ts'
import { startRedisServer } from '../server/testing/redis-server.ts'

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '16' },
    path: { type: 'string', default: '/gallery' },
  },
})
const requests = Number(values.requests)
const concurrency = Number(values.concurrency)

const redis = await startRedisServer()
const server = await startBinary({ env: { REDIS_URL: redis.url } })
const client = new Redis(redis.url)
const headers = { 'Accept-Encoding': 'br', 'Accept-Language': 'en' }

const l1Entries = async () =>
  ((await (await fetch(`${server.url}/healthz`)).json()) as { cache: { l1: { entries: number } } }).cache.l1.entries
const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await client.info('memory'))?.[1])
const snapshot = async () => ({ redisKeys: await client.dbsize(), redisBytes: await usedMemory(), l1Entries: await l1Entries() })

try {
  // The clean page once, so the baseline holds its entry and the first junk request is not the first render.
  await (await fetch(`${server.url}${values.path}`, { headers })).arrayBuffer()
  const before = await snapshot()
  let next = 0
  let failed = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const i = next++
        const response = await fetch(`${server.url}${values.path}?utm_source=${i}`, { headers, decompress: false })
        await response.arrayBuffer()
        if (response.status !== 200) failed++
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const after = await snapshot()
  console.log(
    JSON.stringify(
      {
        requests,
        concurrency,
        failed,
        requestsPerSec: Math.round(requests / seconds),
        before,
        after,
        added: {
          redisKeys: after.redisKeys - before.redisKeys,
          redisMB: +((after.redisBytes - before.redisBytes) / 2 ** 20).toFixed(2),
          l1Entries: after.l1Entries - before.l1Entries,
        },
      },
      null,
      2,
    ),
  )
} finally {
  client.disconnect()
  await server.stop()
  await redis.stop()
}
