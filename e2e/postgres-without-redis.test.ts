/**
 * The compiled binary on a real Postgres with no Redis: replicas could not invalidate each other's
 * caches, so it refuses to start unless the operator says it is the only process. Needs `bun run build` first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { postgresBinDirForTests, startPostgres, type PostgresServer } from '../server/testing/postgres-server.ts'
import { ServerStartError, startBinary } from './harness/index.ts'

const postgresBin = postgresBinDirForTests()

describe.skipIf(!postgresBin)('Postgres without Redis', () => {
  let postgres: PostgresServer
  beforeAll(async () => {
    postgres = await startPostgres({ binDir: postgresBin! })
  }, 60_000)
  afterAll(() => postgres?.stop(), 30_000)

  test('refuses to start, with one line naming DATABASE_URL and the way out', async () => {
    const env = { DATABASE_URL: await postgres.createDatabase() }
    const error = await startBinary({ env }).then(
      async (server) => (await server.stop(), undefined),
      (failure: unknown) => failure,
    )
    expect(error).toBeInstanceOf(ServerStartError)
    expect((error as ServerStartError).exitCode).toBe(1)
    expect((error as ServerStartError).logs.join('\n')).toContain(
      'DATABASE_URL: Postgres without REDIS_URL: replicas could not invalidate each other’s caches; set REDIS_URL, or SINGLE_INSTANCE=true if this is the only process',
    )
  }, 30_000)

  test('starts on that database with SINGLE_INSTANCE=true', async () => {
    const server = await startBinary({ env: { DATABASE_URL: await postgres.createDatabase(), SINGLE_INSTANCE: 'true' } })
    try {
      expect(server.logs.join('\n')).toContain('"database":"postgres"')
      expect((await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5000) })).status).toBe(200)
    } finally {
      await server.stop()
    }
  }, 30_000)
})
