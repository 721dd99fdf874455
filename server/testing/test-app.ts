import { brotliCompressSync, gzipSync } from 'node:zlib'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalProvider } from '../ai/local/provider.ts'
import { createApp, type AppDeps } from '../app.tsx'
import { CacheStore } from '../cache/store.ts'
import { createRepositories, openDatabase } from '../db/index.ts'
import { ProgressBus } from '../jobs/progress.ts'
import { GenerationWorker } from '../jobs/worker.ts'
import { createCachedAiCall } from '../services/ai-cache.ts'
import { createPasswordHasher } from '../services/password.ts'
import { invalidateVideo } from '../services/videos.ts'
import { createMonitoring } from '../metrics/index.ts'
import { PAGE_ROUTES } from '../pages/routes.ts'
import { IMMUTABLE, REVALIDATE, type LoadedAsset } from '../assets/load.ts'
import { createLogger, silentLogger, type Logger } from '../log.ts'
import type { BuildManifest } from '../render/manifest.ts'
import { createNarration } from '../tts/narration.ts'

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
 * A real app on real deps: SQLite in a temp dir, the in-memory cache, the local AI, a running
 * worker. Log lines are captured for assertions; `close()` stops and removes everything.
 */
export const createTestApp = async (overrides: Partial<AppDeps> = {}) => {
  const logLines: Record<string, unknown>[] = []
  const logger: Logger = createLogger({ level: 'debug', sink: (line) => logLines.push(JSON.parse(line)) })
  let now = Date.now()
  const clock = () => now
  const dataDir = await mkdtemp(join(tmpdir(), 'reelsmith-app-'))
  const db = await openDatabase({ dataDir, logger: silentLogger })
  const repos = createRepositories(db)
  const store = new CacheStore({ memoryBytes: 16 * 1024 * 1024, logger: silentLogger })
  const ai = createLocalProvider()
  const bus = new ProgressBus()
  const monitoring = createMonitoring({
    logger,
    version: '9.9.9',
    instanceId: store.instanceId,
    slowRequestMs: 500,
    memoryAlertBytes: 512 * 1024 * 1024,
    aiProvider: ai.name,
    cache: store,
    rumRoutes: PAGE_ROUTES,
  })
  // The real local engine; its worker starts only when a test narrates.
  const narration = createNarration({
    config: { DATA_DIR: dataDir, TTS_PROVIDER: 'local', TTS_MODEL: 'tts-1', TTS_VOICE: 'alloy', TTS_TIMEOUT_MS: 15000, TTS_WORKERS: 1 },
    clips: repos.audioClips,
    logger: silentLogger,
    observer: monitoring.tts.observer,
  })
  const worker = new GenerationWorker({
    repos,
    ai,
    cachedAi: createCachedAiCall(store),
    narrator: narration.narrator,
    bus,
    logger: silentLogger,
    pollMs: 25,
    onVideoChanged: (video) => invalidateVideo(store, video),
  })
  worker.start()
  const deps: AppDeps = {
    logger,
    assets: testAssets(),
    manifest: testManifest,
    version: '9.9.9',
    now: clock,
    startedAt: now,
    repos,
    store,
    ai,
    bus,
    worker,
    // Cheapest argon2id settings: the tests exercise the flow, not the cost.
    hasher: createPasswordHasher({ memoryCost: 1024, timeCost: 1 }),
    trustProxy: false,
    clientIp: (c) => c.req.header('X-Test-Client') ?? '127.0.0.1',
    monitoring,
    audio: narration.store,
    ttsProvider: narration.provider.name,
    narrator: narration.narrator,
    ...overrides,
  }
  const close = async () => {
    await worker.stop()
    await narration.close()
    await store.close()
    await db.close()
    await rm(dataDir, { recursive: true, force: true })
  }
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
