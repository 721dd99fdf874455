import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp, type App } from './app.tsx'
import { cached } from './cache/index.ts'
import { createDeps, type Deps } from './compose.ts'
import { loadConfig } from './config.ts'
import { SESSION_TTL_MS } from './http/session.ts'
import { createBrowser } from './testing/http-client.ts'
import { createTestApp, testAssets, testManifest, type TestApp } from './testing/test-app.ts'

const DAY_MS = 24 * 3600 * 1000

let t: TestApp
/** The production wiring: a parsed environment and no overrides (only the build is the test's). */
let production: { composed: Deps; app: App; dataDir: string }
beforeAll(async () => {
  t = await createTestApp()
  const dataDir = await mkdtemp(join(tmpdir(), 'reelsmith-compose-'))
  const composed = await createDeps(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), {
    assets: testAssets(),
    manifest: testManifest,
    version: '9.9.9',
  })
  production = { composed, app: createApp(composed.deps), dataDir }
})
afterAll(async () => {
  await t.close()
  await production.composed.close()
  await rm(production.dataDir, { recursive: true, force: true })
})

describe('the test app and production are wired alike', () => {
  const apps = () => [
    { name: 'test app', app: t.app },
    { name: 'production', app: production.app },
  ]

  test('static assets carry no Server-Timing; dynamic responses do', async () => {
    for (const { name, app } of apps()) {
      const asset = await app.request('/assets/runtime-TEST0001.js')
      expect(asset.status, name).toBe(200)
      expect(asset.headers.get('server-timing'), name).toBeNull()
      const health = await app.request('/healthz')
      expect(health.status, name).toBe(200)
      expect(health.headers.get('server-timing'), name).not.toBeNull()
    }
  })

  test('close() can be called twice: the second waits for the first', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'reelsmith-compose-close-'))
    const composed = await createDeps(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), {
      assets: testAssets(),
      manifest: testManifest,
      version: '9.9.9',
    })
    composed.start()
    const first = composed.close()
    expect(composed.close()).toBe(first)
    await first
    expect(composed.worker.activeJobs).toBe(0)
    await rm(dataDir, { recursive: true, force: true })
  })
})

describe('one clock reaches every part that reads time', () => {
  test('a cache entry expires when the injected clock passes its TTL', async () => {
    let calls = 0
    const read = cached(t.store, async () => ++calls, { key: () => 'compose-clock', namespace: 'db', ttl: 60_000 })
    expect(await read()).toBe(1)
    t.advance(60_000)
    expect(await read()).toBe(1) // fresh up to and including its TTL
    t.advance(1)
    expect(await read()).toBe(2)
  })

  test('the repositories stamp rows with it', async () => {
    t.advance(DAY_MS)
    const user = await t.repos.users.create({ email: 'clock@example.com', passwordHash: 'x', language: 'en' })
    expect(user?.createdAt).toBe(t.deps.now())
  })

  test('a session ends when the clock passes its lifetime, cached or not', async () => {
    const ada = createBrowser(t.app)
    await ada.signUp()
    expect((await ada.json('GET', '/api/auth/me')).status).toBe(200) // now in the session cache too
    t.advance(SESSION_TTL_MS - 1000)
    expect((await ada.json('GET', '/api/auth/me')).status).toBe(200)
    t.advance(1001)
    expect((await ada.json('GET', '/api/auth/me')).status).toBe(401)
  })
})
