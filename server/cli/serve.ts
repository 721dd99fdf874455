import { mkdir } from 'node:fs/promises'
import { assetFiles, manifest } from '../../build/asset-table.ts'
import packageJson from '../../package.json' with { type: 'json' }
import { createApp } from '../app.tsx'
import { loadAssets } from '../assets/load.ts'
import { createDeps } from '../compose.ts'
import { ConfigError, loadConfig, type Config } from '../config.ts'
import { DataDirLockedError, holdDataDir, type DataDirLock } from '../process/data-dir-lock.ts'
import { EXIT, type Command } from './io.ts'
import { HELP_OPTION, parseCommandArgs } from './parse-args.ts'

const USAGE = `Usage: reelsmith [serve]

Runs the server: configuration from the environment (see the README's table), SQLite under
DATA_DIR or the Postgres at DATABASE_URL. SIGTERM or SIGINT stops it gracefully.

Exit codes: 0 stopped, 1 bad configuration, 2 usage error.`

/**
 * config -> deps (server/compose.ts) -> Bun.serve -> graceful shutdown. `run` resolves once listening; the server then
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
    await mkdir(config.DATA_DIR, { recursive: true })
    let dataDirLock: DataDirLock | undefined
    try {
      dataDirLock = holdDataDir(config)
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) throw error
      io.err(error.message)
      return EXIT.failure
    }

    const { deps, logger, db, store, ai, narration, start, close } = await createDeps(config, {
      assets: await loadAssets(assetFiles),
      manifest,
      version: packageJson.version,
    })
    const app = createApp(deps)

    // Server-Sent Events stay open for minutes; Bun's default idle timeout (10 s) would cut them.
    const server = Bun.serve({
      port: config.PORT,
      hostname: config.HOST,
      idleTimeout: 60,
      fetch: (request, bunServer) => app.fetch(request, bunServer),
    })
    start()
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
      await close()
      dataDirLock?.release()
      logger.info('stopped', { outcome })
      process.exit(0)
    }
    process.on('SIGTERM', () => void shutdown('SIGTERM'))
    process.on('SIGINT', () => void shutdown('SIGINT'))

    return EXIT.ok
  },
}
