import type { Server } from 'bun'
import { assetFiles, manifest } from '../../build/asset-table.ts'
import packageJson from '../../package.json' with { type: 'json' }
import { isAiError } from '../ai/provider.ts'
import { createApp } from '../app.tsx'
import { loadAssets } from '../assets/load.ts'
import { createDeps } from '../compose.ts'
import { ConfigError, loadConfig, unknownVariables, type Config } from '../config.ts'
import { SchemaNewerError } from '../db/index.ts'
import { DataDirLockedError, holdDataDir, type DataDirLock } from '../process/data-dir-lock.ts'
import { listenFailure, prepareDataDir, reportStartupFailure, StartupError } from '../process/startup-error.ts'
import { takeOverDataDir } from '../process/takeover.ts'
import { EXIT, type Command } from './io.ts'
import { HELP_OPTION, parseCommandArgs } from './parse-args.ts'

const USAGE = `Usage: reelsmith [serve] [--takeover]

Runs the server: configuration from the environment (see the README's table), SQLite under
DATA_DIR or the Postgres at DATABASE_URL.

Signals: SIGTERM or SIGINT stop it gracefully (no new connections, /readyz 503, event streams
ended with a reconnect hint, running jobs handed back to the queue, in-flight requests finished
within SHUTDOWN_TIMEOUT_MS); a second one stops it at once. SIGHUP is logged and ignored: logs go
to stdout, for the journal or the container runtime to keep.

--takeover restarts without refusing a connection: started while another Reelsmith serves the
same DATA_DIR and PORT, it listens beside it (SO_REUSEPORT), sends it SIGTERM, takes over the data
directory once released, then serves; requests that arrive meanwhile wait. Needs a fixed PORT.

Exit codes: 0 stopped, 1 could not start (the line says what to change), 2 usage error.`

/** What failed before listening, as the one line an operator acts on; undefined for a bug. */
const startupProblem = (error: unknown, config: Config) => {
  if (error instanceof StartupError || error instanceof DataDirLockedError) return error
  if (error instanceof SchemaNewerError)
    return new StartupError(`The database at ${config.DATABASE_URL ? 'DATABASE_URL' : config.DATA_DIR} is not for this binary`, {
      variable: config.DATABASE_URL ? 'DATABASE_URL' : 'DATA_DIR',
      fix: error.message,
    })
  if (isAiError(error) && error.code === 'config')
    return new StartupError('The AI provider is not configured', { variable: 'AI_PROVIDER', fix: error.message })
  if (
    error instanceof Error &&
    /ECONNREFUSED|password authentication|does not exist|getaddrinfo|timeout/i.test(error.message) &&
    config.DATABASE_URL
  )
    return new StartupError(`Cannot reach the database at DATABASE_URL (${error.message})`, {
      variable: 'DATABASE_URL',
      fix: 'check the host, port, credentials and database name, or unset it for SQLite under DATA_DIR',
    })
  return undefined
}

/**
 * config -> deps (server/compose.ts) -> Bun.serve -> graceful shutdown. `run` resolves once listening; the server then
 * keeps the process alive until a signal, and the shutdown ends the process itself.
 */
export const serveCommand: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(
      { args, options: { ...HELP_OPTION, takeover: { type: 'boolean' } }, allowPositionals: false, strict: true },
      USAGE,
      io,
    )
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
      reportStartupFailure(io, error)
      return EXIT.failure
    }
    const takeover = parsed.values.takeover === true
    if (takeover && config.PORT === 0) {
      io.err(`--takeover needs the PORT the running server listens on, not PORT=0.\n\n${USAGE}`)
      return EXIT.usage
    }

    type Handler = (request: Request, bunServer: Server<undefined>) => Response | Promise<Response>
    // Until the app exists (a takeover listens first), requests wait for it.
    let openGate = () => {}
    const gate = new Promise<void>((resolve) => (openGate = resolve))
    let handle: Handler = async (request, bunServer) => (await gate, handle(request, bunServer))
    const listen = () => {
      try {
        // Server-Sent Events stay open for minutes; Bun's default idle timeout (10 s) would cut them.
        // reusePort: the next process can listen beside this one before it stops (serve --takeover).
        return Bun.serve({
          port: config.PORT,
          hostname: config.HOST,
          idleTimeout: 60,
          reusePort: true,
          fetch: (request, bunServer) => handle(request, bunServer),
        })
      } catch (error) {
        throw listenFailure(error, config.HOST, config.PORT) ?? error
      }
    }

    let dataDirLock: DataDirLock | undefined
    let deps: Awaited<ReturnType<typeof createDeps>> | undefined
    let server: Server<undefined> | undefined
    try {
      await prepareDataDir(config.DATA_DIR)
      if (takeover) {
        server = listen()
        dataDirLock = await takeOverDataDir(config, { timeoutMs: config.SHUTDOWN_TIMEOUT_MS + 10_000 })
      } else dataDirLock = holdDataDir(config)
      deps = await createDeps(config, { assets: await loadAssets(assetFiles), manifest, version: packageJson.version })
      const app = createApp(deps.deps)
      const { eventStreams } = deps
      handle = (request, bunServer) => {
        const response = app.fetch(request, bunServer)
        return response instanceof Promise ? response.then(eventStreams.track) : eventStreams.track(response)
      }
      server ??= listen()
      openGate()
    } catch (error) {
      server?.stop(true)
      await deps?.close()
      dataDirLock?.release()
      const problem = startupProblem(error, config)
      if (!problem) throw error
      reportStartupFailure(io, problem)
      return EXIT.failure
    }

    const { logger, db, store, ai, narration, start, drain, close } = deps
    for (const unknown of unknownVariables(io.env)) {
      logger.warn('unknown variable', {
        ...unknown,
        fix: unknown.didYouMean ? `did you mean ${unknown.didYouMean}?` : 'not read by this version: unset it',
      })
    }
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
    /** Stops accepting, ends streams and hands jobs back, lets in-flight requests finish until the deadline, then closes the rest. */
    const shutdown = async (signal: string) => {
      if (stopping) {
        logger.warn('second signal: stopping now', { signal })
        process.exit(1)
      }
      stopping = true
      const started = performance.now()
      logger.info('shutting down', { signal, pending: server.pendingRequests, deadlineMs: config.SHUTDOWN_TIMEOUT_MS })
      const requestsDone = server.stop(false).then(() => 'drained' as const)
      const { streams } = await drain()
      const deadline = new Promise<'timeout'>((resolve) => setTimeout(resolve, config.SHUTDOWN_TIMEOUT_MS, 'timeout').unref())
      const outcome = await Promise.race([requestsDone, deadline])
      if (outcome === 'timeout') await server.stop(true)
      await close()
      dataDirLock?.release()
      logger.info('stopped', { outcome, streamsEnded: streams, ms: Math.round(performance.now() - started) })
      process.exit(0)
    }
    process.on('SIGTERM', () => void shutdown('SIGTERM'))
    process.on('SIGINT', () => void shutdown('SIGINT'))
    // The default would end the process: a terminal closing, or an operator's habit from other daemons.
    process.on('SIGHUP', () => logger.info('SIGHUP ignored: logs go to stdout; stop with SIGTERM'))

    return EXIT.ok
  },
}
