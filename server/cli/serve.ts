import { mkdir } from 'node:fs/promises'
import { assetFiles, manifest } from '../../build/asset-table.ts'
import packageJson from '../../package.json' with { type: 'json' }
import { createAiProvider } from '../ai/provider.ts'
import { createApp } from '../app.tsx'
import { loadAssets } from '../assets/load.ts'
import { RedisConnections } from '../cache/redis-channel.ts'
import { CacheStore } from '../cache/store.ts'
import { ConfigError, loadConfig, type Config } from '../config.ts'
import { createRepositories, openDatabase } from '../db/index.ts'
import { ProgressBus } from '../jobs/progress.ts'
import { createRedisProgressTransport } from '../jobs/redis-transport.ts'
import { GenerationWorker } from '../jobs/worker.ts'
import { createLogger } from '../log.ts'
import { createMonitoring, instrumentAiProvider, memoryAlertBytes } from '../metrics/index.ts'
import { PAGE_ROUTES } from '../pages/routes.ts'
import { DataDirLockedError, holdDataDir, type DataDirLock } from '../process/data-dir-lock.ts'
import { createCachedAiCall } from '../services/ai-cache.ts'
import { createPasswordHasher } from '../services/password.ts'
import { invalidateVideo } from '../services/videos.ts'
import { createNarration } from '../tts/narration.ts'
import { EXIT, type Command } from './io.ts'
import { HELP_OPTION, parseCommandArgs } from './parse-args.ts'

const USAGE = `Usage: reelsmith [serve]

Runs the server: configuration from the environment (see the README's table), SQLite under
DATA_DIR or the Postgres at DATABASE_URL. SIGTERM or SIGINT stops it gracefully.

Exit codes: 0 stopped, 1 bad configuration, 2 usage error.`

/**
 * config -> deps -> Bun.serve -> graceful shutdown. `run` resolves once listening; the server then
 * keeps the process alive until a signal, and the shutdown ends the process itself.
 */
export const serveCommand: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs({ args, options: HELP_OPTION, allowPositionals: false, strict: true }, USAGE, io)
    if (!parsed) return EXIT.usage
    if (parsed.values.help) {
      io.out(USAGE)
      return EXIT.ok
    }
    const bootStarted = performance.now()
    let config: Config
    try {
      config = loadConfig(io.env)
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      io.err(error.message)
      return EXIT.failure
    }
    const logger = createLogger({ level: config.LOG_LEVEL })
    await mkdir(config.DATA_DIR, { recursive: true })
    let dataDirLock: DataDirLock | undefined
    try {
      dataDirLock = holdDataDir(config)
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) throw error
      io.err(error.message)
      return EXIT.failure
    }

    const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, logger })
    const repos = createRepositories(db)
    // One connection pair for the whole process: the cache and the progress channel share it.
    const redis = config.REDIS_URL
      ? new RedisConnections({ url: config.REDIS_URL, logger: logger.child({ component: 'redis' }) })
      : undefined
    const store = new CacheStore({ memoryBytes: config.CACHE_MEMORY_MB * 1024 * 1024, redisConnections: redis, logger })
    const monitoring = config.METRICS_ENABLED
      ? createMonitoring({
          logger,
          version: packageJson.version,
          instanceId: store.instanceId,
          slowRequestMs: config.SLOW_REQUEST_MS,
          memoryAlertBytes: memoryAlertBytes(config),
          aiProvider: config.AI_PROVIDER,
          cache: store,
          rumRoutes: PAGE_ROUTES,
          skipHeader: (c) => c.req.path.startsWith('/assets/'),
        })
      : undefined
    const provider = createAiProvider(config, { logger })
    const ai = monitoring ? instrumentAiProvider(provider, monitoring.ai) : provider
    // With Redis, progress crosses replicas: a page may follow a job that another replica runs.
    const progressTransport = redis && createRedisProgressTransport({ connections: redis })
    const bus = new ProgressBus({ transport: progressTransport })
    const narration = createNarration({ config, clips: repos.audioClips, logger, observer: monitoring?.tts.observer })
    const worker = new GenerationWorker({
      repos,
      ai,
      cachedAi: createCachedAiCall(store),
      narrator: narration.narrator,
      bus,
      logger: logger.child({ component: 'worker' }),
      onVideoChanged: (video) => invalidateVideo(store, video),
    })

    const app = createApp({
      logger,
      assets: await loadAssets(assetFiles),
      manifest,
      version: packageJson.version,
      now: Date.now,
      startedAt: Date.now(),
      repos,
      store,
      ai,
      bus,
      worker,
      hasher: createPasswordHasher(),
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
    })

    // Server-Sent Events stay open for minutes; Bun's default idle timeout (10 s) would cut them.
    const server = Bun.serve({
      port: config.PORT,
      hostname: config.HOST,
      idleTimeout: 60,
      fetch: (request, bunServer) => app.serve(request, bunServer),
    })
    worker.start()
    monitoring?.start()
    // Job gauges from the database: every replica's jobs, not only this one's.
    const jobCounts =
      monitoring &&
      setInterval(() => {
        repos.jobs.countByStatus().then(
          (counts) => monitoring.ai.setJobCounts(counts),
          () => {},
        )
      }, 5000)
    jobCounts?.unref()
    logger.info('listening', {
      url: server.url.href,
      version: packageJson.version,
      build: manifest.buildId,
      database: db.dialect,
      cache: store.status().l2,
      ai: ai.name,
      tts: narration.provider.name,
      startupMs: Math.round(performance.now() - bootStarted),
    })

    let stopping = false
    /** Stops accepting, lets in-flight requests finish until the deadline, then closes what is left. */
    const shutdown = async (signal: string) => {
      if (stopping) return
      stopping = true
      logger.info('shutting down', { signal, pending: server.pendingRequests, deadlineMs: config.SHUTDOWN_TIMEOUT_MS })
      const deadline = new Promise<'timeout'>((resolve) => setTimeout(resolve, config.SHUTDOWN_TIMEOUT_MS, 'timeout').unref())
      const outcome = await Promise.race([server.stop(false).then(() => 'drained' as const), deadline])
      if (outcome === 'timeout') await server.stop(true)
      await worker.stop()
      await narration.close()
      clearInterval(jobCounts)
      monitoring?.stop()
      await store.close()
      await progressTransport?.close()
      await redis?.close()
      await db.close()
      dataDirLock?.release()
      logger.info('stopped', { outcome })
      process.exit(0)
    }
    process.on('SIGTERM', () => void shutdown('SIGTERM'))
    process.on('SIGINT', () => void shutdown('SIGINT'))

    return EXIT.ok
  },
}
