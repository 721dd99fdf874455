import { brotliCompressSync, gzipSync } from 'node:zlib'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp, type AppDeps } from '../app.tsx'
import { IMMUTABLE, REVALIDATE, type LoadedAsset } from '../assets/load.ts'
import { createDeps } from '../compose.ts'
import { loadConfig } from '../config.ts'
import type { BuildManifest } from '../render/manifest.ts'
import { createPasswordHasher } from '../services/password.ts'

/** A manifest shaped like a real build's, pointing at the assets below. */
export const testManifest: BuildManifest = {
  buildId: 'test-build',
  runtime: { src: '/assets/runtime-TEST0001.js', imports: ['/assets/chunk-TEST0002.js'] },
  islands: {
    DurationPicker: { src: '/assets/DurationPicker-TEST0003.js', imports: ['/assets/chunk-TEST0002.js'] },
    ScenePlanner: { src: '/assets/ScenePlanner-TEST0004.js', imports: ['/assets/chunk-TEST0002.js'] },
    GenerationProgress: { src: '/assets/GenerationProgress-TEST0006.js', imports: ['/assets/chunk-TEST0002.js'] },
    Player: { src: '/assets/Player-TEST0007.js', imports: ['/assets/chunk-TEST0002.js'] },
    MetricsDashboard: { src: '/assets/MetricsDashboard-TEST0008.js', imports: ['/assets/chunk-TEST0002.js'] },
    StoryboardEditor: { src: '/assets/StoryboardEditor-TEST0009.js', imports: ['/assets/chunk-TEST0002.js'] },
  },
  styles: ['/assets/app-TEST0005.css'],
  serviceWorker: '/sw.js',
}

const bytes = (text: string) => new Uint8Array(new TextEncoder().encode(text))

/** An in-memory asset as loadAssets() would produce it, compressed for real. */
export const makeAsset = (path: string, text: string, contentType: string, immutable = true): LoadedAsset => {
  const identity = bytes(text)
  const hash = new Bun.CryptoHasher('sha256').update(identity).digest('base64url').slice(0, 22)
  const etag = { identity: `"${hash}"`, br: `"${hash}-br"`, gzip: `"${hash}-gz"` }
  return {
    path,
    contentType,
    identity,
    br: new Uint8Array(brotliCompressSync(identity)),
    gzip: new Uint8Array(gzipSync(identity)),
    etag,
    allEtags: Object.values(etag),
    cacheControl: immutable ? IMMUTABLE : REVALIDATE,
  }
}

export const RUNTIME_SOURCE = `export const runtime = "${'x'.repeat(2000)}"\n`

export const testAssets = () =>
  new Map(
    [
      makeAsset('/assets/runtime-TEST0001.js', RUNTIME_SOURCE, 'text/javascript; charset=utf-8'),
      makeAsset('/assets/app-TEST0005.css', 'body{color:red}'.repeat(50), 'text/css; charset=utf-8'),
      makeAsset('/sw.js', 'self.addEventListener("fetch",()=>{})'.repeat(20), 'text/javascript; charset=utf-8', false),
    ].map((asset) => [asset.path, asset]),
  )

export type TestApp = Awaited<ReturnType<typeof createTestApp>>

/**
 * A real app on the production wiring (server/compose.ts): SQLite in a temp dir, the in-memory
 * cache, the local AI, a running worker, monitoring. Only what a test must control differs: the
 * clock, the data dir, the log sink, the worker's poll, the password cost, the client address.
 * Log lines are captured for assertions; `close()` stops and removes everything.
 */
export const createTestApp = async (overrides: Partial<AppDeps> = {}, env: Record<string, string> = {}) => {
  const logLines: Record<string, unknown>[] = []
  let now = Date.now()
  const dataDir = await mkdtemp(join(tmpdir(), 'reelsmith-app-'))
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', CACHE_MEMORY_MB: '16', MEMORY_ALERT_MB: '512', ...env })
  const composed = await createDeps(
    config,
    { assets: testAssets(), manifest: testManifest, version: '9.9.9' },
    {
      now: () => now,
      logSink: (line) => logLines.push(JSON.parse(line)),
      // Cheapest argon2id settings: the tests exercise the flow, not the cost.
      hasher: createPasswordHasher({ memoryCost: 1024, timeCost: 1 }),
      workerPollMs: 25,
    },
  )
  composed.start()
  const deps: AppDeps = {
    ...composed.deps,
    clientIp: (c) => c.req.header('X-Test-Client') ?? '127.0.0.1',
    ...overrides,
  }
  const close = async () => {
    await composed.close()
    await rm(dataDir, { recursive: true, force: true })
  }
  const { repos, store, bus, worker, narration, monitoring } = composed
  if (!monitoring) throw new Error('METRICS_ENABLED defaults to true: the test app expects monitoring')
  return {
    app: createApp(deps),
    deps,
    repos,
    store,
    bus,
    worker,
    monitoring,
    narration,
    dataDir,
    logLines,
    advance: (ms: number) => (now += ms),
    close,
  }
}
