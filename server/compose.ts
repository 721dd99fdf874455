import { createAiProvider, type AiProvider } from './ai/provider.ts'
import type { AppDeps } from './app.tsx'
import type { LoadedAsset } from './assets/load.ts'
import { RedisConnections } from './cache/redis-channel.ts'
import { redisLease, soleLease } from './cache/redis-lease.ts'
import { createRateLimiters } from './http/rate-limits.ts'
import { CacheStore } from './cache/store.ts'
import { coarseClock } from './cache/clock.ts'
import type { Config } from './config.ts'
import { resolveLocation } from './db/dialect.ts'
import { createRepositories, openDatabase } from './db/index.ts'
import { ProgressBus } from './jobs/progress.ts'
import { createRedisProgressTransport } from './jobs/redis-transport.ts'
import { GenerationWorker } from './jobs/worker.ts'
import { createLogger, type LogSink } from './log.ts'
import { createMonitoring, instrumentAiProvider, memoryAlertBytes } from './metrics/index.ts'
import { PAGE_ROUTES } from './routes.ts'
import { createEventStreams } from './process/event-streams.ts'
import { createReadiness } from './process/readiness.ts'
import { startSessionPurge } from './process/session-purge.ts'
import type { BuildManifest } from './render/manifest.ts'
import { createCachedAiCall } from './services/ai-cache.ts'
import { createPasswordHasher, type PasswordHasher } from './services/password.ts'
import { createUploadService } from './services/uploads.ts'
import { invalidateVideo } from './services/videos.ts'
import { createImageProvider, paintScenes } from './images/index.ts'
import { closeImagePool } from './uploads/index.ts'
import { createNarration } from './tts/narration.ts'

/** What the build provides: the binary embeds it, tests make a small one. */
export type BuildInputs = {
  assets: Map<string, LoadedAsset>
  manifest: BuildManifest
  version: string
}

/** What tests replace; production passes none of it. */
export type DepsOverrides = {
  /** Epoch ms for everything that reads time. @default Date.now (the cache: read at most once per ms) */
  now?: () => number
  /** Where log lines go. @default stdout */
  logSink?: LogSink
  /** @default createAiProvider(config) */
  ai?: AiProvider
  /** @default createPasswordHasher() */
  hasher?: PasswordHasher
  /** How often an idle worker looks for other replicas' jobs. @default the worker's */
  workerPollMs?: number
}

export type Deps = Awaited<ReturnType<typeof createDeps>>

/**
 * config -> every part of one process, wired once for the server and the tests alike. `deps` is
 * what `createApp` takes; `start()` runs the background work once the server listens, `close()`
 * stops it all in dependency order (consumers before what they consume).
 */
export const createDeps = async (config: Config, build: BuildInputs, overrides: DepsOverrides = {}) => {
  const now = overrides.now ?? Date.now
  const logger = createLogger({ level: config.LOG_LEVEL, sink: overrides.logSink })
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, logger })
  const bareRepos = createRepositories(db, { now })
  // One connection pair for the whole process: the cache and the progress channel share it.
  const redis = config.REDIS_URL
    ? new RedisConnections({ url: config.REDIS_URL, keyPrefix: config.REDIS_PREFIX, logger: logger.child({ component: 'redis' }) })
    : undefined
  const store = new CacheStore({
    memoryBytes: config.CACHE_MEMORY_MB * 1024 * 1024,
    redisConnections: redis,
    logger,
    // An injected clock is read as it is: a coarse one would hide a test's step for up to 1 ms.
    now: overrides.now ?? coarseClock(),
  })
  const monitoring = config.METRICS_ENABLED
    ? createMonitoring({
        logger,
        version: build.version,
        build: build.manifest.buildId,
        slowRequestMs: config.SLOW_REQUEST_MS,
        memoryAlertBytes: memoryAlertBytes(config),
        aiProvider: config.AI_PROVIDER,
        cache: store,
        redis,
        rumRoutes: PAGE_ROUTES,
        skipHeader: (c) => c.req.path.startsWith('/assets/'),
      })
    : undefined
  monitoring?.db.setPool(db.dialect, db.maxConnections)
  const repos = monitoring ? monitoring.db.instrument(bareRepos) : bareRepos
  const provider = overrides.ai ?? createAiProvider(config, { logger })
  const ai = monitoring ? instrumentAiProvider(provider, monitoring.ai) : provider
  // With Redis, progress crosses replicas: a page may follow a job that another replica runs.
  const progressTransport = redis && createRedisProgressTransport({ connections: redis })
  const bus = new ProgressBus({ transport: progressTransport })
  const narration = createNarration({ config, clips: repos.audioClips, logger, observer: monitoring?.tts.observer })
  const cachedAi = createCachedAiCall(store)
  const uploadQuotaBytes = config.UPLOAD_QUOTA_MB * 1024 * 1024
  const imageProvider = createImageProvider(config)
  const workerUploads = imageProvider && createUploadService({ repos, store, quotaBytes: uploadQuotaBytes })
  const pictureLog = logger.child({ component: 'pictures' })
  const worker = new GenerationWorker({
    repos,
    ai,
    cachedAi,
    narrator: narration.narrator,
    bus,
    logger: logger.child({ component: 'worker' }),
    now,
    ...(overrides.workerPollMs !== undefined && { pollMs: overrides.workerPollMs }),
    onVideoChanged: (video) => invalidateVideo(store, video),
    observer: monitoring?.jobs.observer,
    // AI pictures count against their owner's quota like uploads: a full quota keeps the posters.
    ...(imageProvider &&
      workerUploads && {
        pictures: (video, signal) =>
          paintScenes(
            {
              provider: imageProvider,
              cached: cachedAi,
              store: (userId, image) => workerUploads.storePrepared(userId, 'scene-image', image),
              attach: workerUploads.attachToScene,
              onError: (position, error) => pictureLog.warn('scene picture failed', { videoId: video.id, scene: position, error }),
            },
            video,
            signal,
          ),
      }),
  })

  // A stopping process ends its event streams with this reconnect hint: long enough for the next
  // process (or a replica behind the same proxy) to be listening, short enough to go unnoticed.
  const eventStreams = createEventStreams({ retryMs: 1000 })
  let draining = false
  const readiness = createReadiness({
    db,
    location: resolveLocation(config.DATABASE_URL, config.DATA_DIR),
    dataDir: config.DATA_DIR,
    minFreeBytes: config.MIN_FREE_DISK_MB * 1024 * 1024,
    redisState: () => store.status().l2,
    draining: () => draining,
  })

  const deps: AppDeps = {
    logger,
    ...build,
    now,
    startedAt: now(),
    repos,
    store,
    ai,
    bus,
    worker,
    hasher: overrides.hasher ?? createPasswordHasher(),
    trustProxy: config.TRUST_PROXY.enabled,
    proxyTrust: config.TRUST_PROXY,
    hstsIncludeSubdomains: config.HSTS_INCLUDE_SUBDOMAINS,
    devReload: config.NODE_ENV === 'development',
    monitoring,
    metricsToken: config.METRICS_TOKEN,
    rumSampleRate: config.RUM_SAMPLE_RATE,
    audio: narration.store,
    ttsProvider: narration.provider.name,
    narrator: narration.narrator,
    rateLimiters: createRateLimiters({ logger, now, redis: redis && { client: redis.client, keyPrefix: redis.keyPrefix } }),
    readiness,
    uploadQuotaBytes,
  }

  let jobCounts: Timer | undefined
  let stopPurge: (() => void) | undefined
  // The cluster's job gauges come from the shared database: one replica exports them (metrics/jobs.ts).
  const clusterGaugesLease = redis
    ? redisLease(redis.client, `${redis.keyPrefix}lease:cluster-gauges`, store.instanceId, CLUSTER_GAUGES_EVERY_MS * 3)
    : soleLease
  const countClusterJobs = async () => {
    if (!monitoring) return
    const counts = (await clusterGaugesLease()) ? await repos.jobs.countByStatus().catch(() => undefined) : undefined
    monitoring.jobs.setClusterCounts(counts)
  }
  const start = () => {
    worker.start()
    stopPurge ??= startSessionPurge({ sessions: repos.sessions, logger })
    monitoring?.start()
    if (monitoring && !jobCounts) {
      jobCounts = setInterval(countClusterJobs, CLUSTER_GAUGES_EVERY_MS)
      jobCounts.unref()
    }
  }
  let closed: Promise<void> | undefined
  const close = () =>
    (closed ??= (async () => {
      draining = true
      await worker.stop()
      closeImagePool()
      stopPurge?.()
      await narration.close()
      clearInterval(jobCounts)
      monitoring?.stop()
      await store.close()
      await progressTransport?.close()
      await redis?.close()
      await db.close()
    })())

  /**
   * The first step of a graceful stop, while requests still finish: /readyz turns 503, event streams
   * end with a reconnect hint, running jobs go back to the queue. `close()` then releases the rest.
   */
  const drain = async () => {
    draining = true
    const streams = eventStreams.endAll()
    await worker.stop()
    return { streams }
  }

  return { deps, logger, db, repos, store, ai, bus, worker, monitoring, narration, eventStreams, start, drain, close, countClusterJobs }
}

/** How often the cluster gauges are read (and the lease renewed; it lasts three periods). */
const CLUSTER_GAUGES_EVERY_MS = 5000
