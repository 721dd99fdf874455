/**
 * What a Redis outage costs a request (not a test): `bun scripts/bench-redis-outage.ts`.
 * server/cache/store.fault.test.ts proves the behaviour (no request fails, the breaker opens,
 * nothing waits on a dead Redis) by counting; the latencies live here, where a loaded machine
 * makes a number slower instead of a build red. Uses the fault test's tuning (150 ms command
 * timeout, breaker after 3 failures); production's defaults are in redis-options.ts and breaker.ts.
 * Prints, per scenario, the request latency percentiles in ms (wall time: waiting is the point).
 */
import { silentLogger } from '../server/log.ts'
import { CacheStore } from '../server/cache/store.ts'
import { freePort, startRedisServer } from '../server/testing/redis-server.ts'
import { waitUntil } from '../server/testing/wait.ts'

const redis = {
  tuning: { commandTimeoutMs: 150, connectTimeoutMs: 200, maxReconnectDelayMs: 100 },
  breaker: { failureThreshold: 3, cooldownMs: 200 },
}
const options = { namespace: 'db', ttl: 60_000 }
const makeStore = (redisUrl: string) => new CacheStore({ memoryBytes: 4 << 20, redisUrl, logger: silentLogger, instanceId: 'bench', redis })

/** Sequential misses (a fresh key each): every one asks L2 first. */
const timeMisses = async (store: CacheStore, count: number, prefix: string) => {
  const durations: number[] = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    await store.fetch(`${prefix}${i}`, async () => 'v', options)
    durations.push(performance.now() - started)
  }
  return durations
}

const summary = (name: string, durations: number[]) => {
  const sorted = [...durations].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2)
  return { scenario: name, requests: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1)!.toFixed(2) }
}

const rows = []

const never = makeStore(`redis://127.0.0.1:${await freePort()}`)
rows.push(summary('Redis never started', await timeMisses(never, 2000, 'n')))
await never.close()

const server = await startRedisServer()
try {
  const store = makeStore(server.url)
  await waitUntil(() => store.status().l2 === 'up', { what: 'L2 up' })
  rows.push(summary('Redis up (baseline)', await timeMisses(store, 2000, 'u')))
  server.pause()
  const hung = await timeMisses(store, 200, 'h')
  rows.push(summary('Redis hung: first 3 (until the breaker opens)', hung.slice(0, 3)))
  rows.push(summary('Redis hung: after the breaker opened', hung.slice(3)))
  server.resume()
  await server.kill()
  rows.push(summary('Redis killed', await timeMisses(store, 2000, 'k')))
  await store.close()
} finally {
  await server.stop()
}

console.table(rows)
