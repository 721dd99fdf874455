/**
 * A real `redis-server` for tests and benchmarks: started on a free loopback port in a temp dir,
 * with nothing persisted, and stopped by PID. Fault tests use `kill()` / `restart()` (Redis dies
 * and comes back on the same port) and `pause()` / `resume()` (Redis hangs: the socket stays open
 * but nothing answers, the case only timeouts catch).
 *
 * @example
 * ```ts
 * const redisBinary = redisServerBinaryOrSkip()
 * describe.skipIf(!redisBinary)('with Redis', () => {
 *   let redis: RedisServer
 *   beforeAll(async () => { redis = await startRedisServer({ binary: redisBinary }) })
 *   afterAll(() => redis.stop())
 * })
 * ```
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RedisServer {
  /** `redis://127.0.0.1:PORT`, stable across `restart()`. */
  readonly url: string
  readonly port: number
  /** PID of the current process (changes on `restart()`). */
  readonly pid: number
  /** Graceful stop (SIGTERM), waits for the exit and removes the temp dir. Idempotent. */
  stop(): Promise<void>
  /** Abrupt death (SIGKILL), as when the host loses Redis; a paused Redis dies without answering. */
  kill(): Promise<void>
  /** Starts Redis again on the same port (after `kill()`; kills first if it still runs). */
  restart(): Promise<void>
  /** SIGSTOP: connections stay open, nothing answers. */
  pause(): void
  /** SIGCONT after `pause()`. */
  resume(): void
}

export interface StartRedisOptions {
  /** Path of the binary; defaults to `findRedisServer()`. */
  binary?: string
  /** Extra command-line options, e.g. `['--requirepass', 'secret']`. */
  args?: string[]
  /** How long to wait for the first PONG. @default 5000 */
  startTimeoutMs?: number
}

const CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server']

/** Path of a `redis-server` binary on this machine, if any. */
export const findRedisServer = (): string | undefined => Bun.which('redis-server') ?? CANDIDATES.find((path) => existsSync(path))

/**
 * The binary to use, or `undefined` so the caller can skip. On CI (`CI=true`) a missing binary
 * throws instead: a Redis test that silently skips there would hide a broken pipeline.
 */
export const redisServerBinaryOrSkip = (
  env: Record<string, string | undefined> = process.env,
  find: () => string | undefined = findRedisServer,
): string | undefined => {
  const binary = find()
  if (binary) return binary
  if (env.CI === 'true') throw new Error('redis-server is required on CI but was not found on PATH')
  console.warn('[skip] redis-server not found: the tests that need a real Redis are skipped')
  return undefined
}

/** A port that was free a moment ago (the kernel picks it; we release it for Redis to take). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })

/** True once the server answers PING with PONG. */
const answersPing = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(250, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const startRedisServer = async (options: StartRedisOptions = {}): Promise<RedisServer> => {
  const binary = options.binary ?? findRedisServer()
  if (!binary) throw new Error('redis-server not found')
  const startTimeoutMs = options.startTimeoutMs ?? 5000
  const dir = mkdtempSync(join(tmpdir(), 'reelsmith-redis-'))

  const spawnOn = (port: number) =>
    Bun.spawn(
      [
        binary,
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
        '--loglevel',
        'warning',
        ...(options.args ?? []),
      ],
      { stdin: 'ignore', stdout: 'ignore', stderr: 'pipe' },
    )

  /** Spawns and waits for PONG; fails if the process exits first (port taken, bad args). */
  const launch = async (port: number) => {
    const child = spawnOn(port)
    const deadline = Date.now() + startTimeoutMs
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        const stderr = await new Response(child.stderr).text()
        throw new Error(`redis-server exited during start-up (port ${port}): ${stderr.trim()}`)
      }
      if (await answersPing(port)) return child
      await sleep(20)
    }
    child.kill('SIGKILL')
    throw new Error(`redis-server did not answer PING within ${startTimeoutMs} ms`)
  }

  // The free port can be taken between our probe and Redis' bind: try a few.
  let port = 0
  let child: ReturnType<typeof spawnOn> | undefined
  for (let attempt = 1; !child; attempt++) {
    port = await freePort()
    try {
      child = await launch(port)
    } catch (error) {
      if (attempt >= 5) {
        rmSync(dir, { recursive: true, force: true })
        throw error
      }
    }
  }

  let current = child
  let stopped = false
  // Last resort if the process ends without stop() (a test that timed out never reaches its
  // afterAll): never leave a Redis or its directory behind.
  const onExit = () => {
    current.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', onExit)

  const killWith = async (signal: 'SIGTERM' | 'SIGKILL') => {
    if (current.exitCode === null && current.signalCode === null) {
      // A paused process cannot act on SIGTERM; SIGKILL needs no help (and must not let it answer).
      if (signal === 'SIGTERM') current.kill('SIGCONT')
      current.kill(signal)
    }
    await current.exited
  }

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() {
      return current.pid
    },
    stop: async () => {
      if (stopped) return
      stopped = true
      process.off('exit', onExit)
      await killWith('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
    kill: () => killWith('SIGKILL'),
    restart: async () => {
      if (stopped) throw new Error('restart() after stop()')
      await killWith('SIGKILL')
      // Same port on purpose: clients reconnect to the address they know. A few tries cover the
      // short moment when the old socket is still being torn down.
      for (let attempt = 1; ; attempt++) {
        try {
          current = await launch(port)
          return
        } catch (error) {
          if (attempt >= 5) throw error
          await sleep(50)
        }
      }
    },
    pause: () => void current.kill('SIGSTOP'),
    resume: () => void current.kill('SIGCONT'),
  }
}
