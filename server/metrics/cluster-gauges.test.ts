/**
 * Two replicas on one Redis, on the production wiring: the cluster-wide job gauge comes from one of
 * them only, so a sum over replicas is the real count.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDeps, type Deps } from '../compose.ts'
import { loadConfig } from '../config.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { redisServerBinaryOrSkip, startRedisServer, type RedisServer } from '../testing/redis-server.ts'
import { testAssets, testManifest } from '../testing/test-app.ts'
import { waitUntil } from '../testing/wait.ts'

const binary = redisServerBinaryOrSkip()

describe.skipIf(!binary)('cluster gauges across replicas', () => {
  let redis: RedisServer
  const replicas: { deps: Deps; dataDir: string }[] = []
  beforeAll(async () => {
    redis = await startRedisServer({ binary })
    for (let i = 0; i < 2; i++) {
      const dataDir = await mkdtemp(join(tmpdir(), 'reelsmith-cluster-'))
      const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', REDIS_URL: redis.url })
      replicas.push({ deps: await createDeps(config, { assets: testAssets(), manifest: testManifest, version: '9.9.9' }), dataDir })
    }
  })
  afterAll(async () => {
    for (const { deps, dataDir } of replicas) {
      await deps.close()
      await rm(dataDir, { recursive: true, force: true })
    }
    await redis.stop()
  })

  const exported = (deps: Deps) => parseExposition(deps.monitoring!.exposition()).samples('reelsmith_jobs').length > 0

  test('exactly one replica exports reelsmith_jobs', async () => {
    const [first, second] = replicas.map((replica) => replica.deps)
    await waitUntil(() => first!.store.status().l2 === 'up' && second!.store.status().l2 === 'up', {
      what: 'both replicas reach Redis',
    })
    await first!.countClusterJobs()
    await second!.countClusterJobs()
    expect([exported(first!), exported(second!)]).toEqual([true, false])
    // Again: the holder renews, the other stays out.
    await second!.countClusterJobs()
    await first!.countClusterJobs()
    expect([exported(first!), exported(second!)]).toEqual([true, false])
    // Per-replica series are on both.
    for (const deps of [first!, second!]) expect(parseExposition(deps.monitoring!.exposition()).value('reelsmith_jobs_running')).toBe(0)
  })
})
