import { afterEach, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../app.tsx'
import { createDeps } from '../compose.ts'
import { loadConfig } from '../config.ts'
import { testAssets, testManifest } from '../testing/test-app.ts'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

/** The production wiring on a fresh data dir, with extra variables. */
const compose = async (env: Record<string, string> = {}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'reelsmith-health-'))
  const composed = await createDeps(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }), {
    assets: testAssets(),
    manifest: testManifest,
    version: '9.9.9',
  })
  cleanup = async () => {
    await composed.close()
    await rm(dataDir, { recursive: true, force: true })
  }
  return { ...composed, app: createApp(composed.deps) }
}

describe('/livez, /readyz, /healthz', () => {
  test('a fresh process is live and ready, each check named; none of the answers may be stored', async () => {
    const { app } = await compose()
    const live = await app.request('/livez')
    expect([live.status, await live.text(), live.headers.get('cache-control')]).toEqual([200, 'ok', 'no-store'])
    const ready = await app.request('/readyz')
    expect(ready.status).toBe(200)
    expect(ready.headers.get('cache-control')).toBe('no-store')
    const body = await ready.json()
    expect(body).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true }, redis: { ok: true, detail: 'disabled' } },
    })
    expect(Object.keys(body.checks)).toEqual(['shutdown', 'database', 'migrations', 'redis', 'disk'])
    const health = await app.request('/healthz')
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ status: 'ok', version: '9.9.9', build: 'test-build', checks: { disk: { ok: true } } })
  })

  test('less free disk than MIN_FREE_DISK_MB: 503 naming the variable, while /livez still answers', async () => {
    const { app } = await compose({ MIN_FREE_DISK_MB: String(1024 * 1024 * 1024) })
    const ready = await app.request('/readyz')
    expect(ready.status).toBe(503)
    const body = await ready.json()
    expect(body).toMatchObject({ status: 'not ready', checks: { disk: { ok: false } } })
    expect(body.reason).toContain('MIN_FREE_DISK_MB')
    expect((await app.request('/healthz')).status).toBe(503)
    expect((await app.request('/livez')).status).toBe(200)
  })

  test('a schema newer than the binary is not ready, and says which binary to run', async () => {
    const { app, db } = await compose()
    await db.query`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', 0)`
    const body = await (await app.request('/readyz')).json()
    expect(body).toMatchObject({ status: 'not ready', checks: { migrations: { ok: false } } })
    expect(body.reason).toContain('newer than this build')
  })

  test('once draining, /readyz answers 503 "shutting down" so the proxy sends nothing new', async () => {
    const { app, drain } = await compose()
    expect((await app.request('/readyz')).status).toBe(200)
    await drain()
    const ready = await app.request('/readyz')
    expect([ready.status, (await ready.json()).reason]).toEqual([503, 'shutting down'])
  })
})
