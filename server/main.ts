/** Process entry: config -> deps -> Bun.serve -> graceful shutdown. Nothing else. */
import { mkdir } from 'node:fs/promises'
import { assetFiles, manifest } from '../build/asset-table.ts'
import packageJson from '../package.json' with { type: 'json' }
import { createApp } from './app.ts'
import { loadAssets } from './assets/load.ts'
import { ConfigError, loadConfig } from './config.ts'
import { createLogger } from './log.ts'

const bootStarted = performance.now()
let config
try {
  config = loadConfig()
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}
const logger = createLogger({ level: config.LOG_LEVEL })
await mkdir(config.DATA_DIR, { recursive: true })

const app = createApp({
  logger,
  assets: await loadAssets(assetFiles),
  manifest,
  version: packageJson.version,
  now: Date.now,
  startedAt: Date.now(),
  devReload: config.NODE_ENV === 'development',
})

const server = Bun.serve({ port: config.PORT, hostname: config.HOST, fetch: app.fetch })
logger.info('listening', {
  url: server.url.href,
  version: packageJson.version,
  build: manifest.buildId,
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
  logger.info('stopped', { outcome })
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
