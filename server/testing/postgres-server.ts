import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SQL } from 'bun'

/**
 * A throwaway Postgres for tests: `initdb` into a temp dir, the postmaster on a free loopback port
 * with trust auth, stopped by its PID. Nothing outside the temp dir is touched.
 *
 * initdb and postgres refuse to run as root (CI runs as root), so as root both run as the
 * `postgres` OS user (node's `spawn({ uid, gid })`), which makes the child's PID the postmaster's
 * own PID: no `runuser`/`su` wrapper in between to forward signals through.
 */

/** Where Debian, Ubuntu and the PGDG packages put the server binaries; POSTGRES_BIN_DIR wins. */
export const POSTGRES_BIN_DIR_CANDIDATES = [17, 16, 15, 14, 13].map((major) => `/usr/lib/postgresql/${major}/bin`)

export interface PostgresServer {
  /** Superuser URL of the `postgres` maintenance database, e.g. `postgres://postgres@127.0.0.1:54321/postgres`. */
  readonly url: string
  readonly port: number
  /** The postmaster's PID. */
  readonly pid: number
  /** The temp dir holding the cluster (data/) and its Unix socket; removed by stop(). */
  readonly baseDir: string
  /** Creates an empty database (a fresh name unless given) and returns its URL. */
  createDatabase(name?: string): Promise<string>
  /** Fast shutdown by PID (SIGINT, then SIGKILL after a grace period) and removal of the temp dir. Idempotent. */
  stop(): Promise<void>
}

export interface StartPostgresOptions {
  /** Directory holding `initdb` and `postgres`. Default: {@link findPostgresBinDir}. */
  binDir?: string
  /** How long initdb plus start-up may take before we give up. @default 30000 */
  timeoutMs?: number
}

/** The first directory that has both `initdb` and `postgres`, or null. */
export const findPostgresBinDir = (env: Record<string, string | undefined> = process.env): string | null => {
  const candidates = env.POSTGRES_BIN_DIR ? [env.POSTGRES_BIN_DIR] : POSTGRES_BIN_DIR_CANDIDATES
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'))) ?? null
}

/**
 * The policy every Postgres-backed test follows: in CI (CI=true) a missing Postgres is an error,
 * because a skipped suite would look green; on a laptop it is a skip with a message saying why.
 * @returns the bin dir, or null when the caller should skip
 */
export const postgresBinDirForTests = (env: Record<string, string | undefined> = process.env): string | null => {
  const binDir = findPostgresBinDir(env)
  if (binDir) return binDir
  const where = env.POSTGRES_BIN_DIR ? `POSTGRES_BIN_DIR=${env.POSTGRES_BIN_DIR}` : POSTGRES_BIN_DIR_CANDIDATES.join(', ')
  const message = `Postgres server binaries (initdb, postgres) not found in ${where}`
  if (env.CI === 'true') throw new Error(`${message}. CI must run the Postgres tests: install postgresql.`)
  console.warn(`Skipping Postgres tests: ${message} (install postgresql or set POSTGRES_BIN_DIR).`)
  return null
}

/** When we are root, the uid/gid to run Postgres as; otherwise undefined (run as ourselves). */
const postgresIdentity = (): { uid: number; gid: number } | undefined => {
  if (process.getuid?.() !== 0) return undefined
  const passwd = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((line) => line.startsWith('postgres:'))
  if (!passwd) throw new Error('Running as root, but there is no `postgres` OS user to run initdb/postgres as')
  const [, , uid, gid] = passwd.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}

/** A port the kernel just handed out on 127.0.0.1. Another process could take it before Postgres does; start() retries. */
const freeLoopbackPort = (): number => {
  const listener = Bun.listen({ hostname: '127.0.0.1', port: 0, socket: { data() {} } })
  const port = listener.port
  listener.stop(true)
  return port
}

const childEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C', TZ: 'UTC' }

/** Settings that trade durability for speed: this cluster lives for one test run. */
const TEST_SERVER_SETTINGS = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=100']

const waitForExit = (child: ChildProcess, ms: number): Promise<boolean> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms)
        child.once('exit', () => {
          clearTimeout(timer)
          resolve(true)
        })
      })

/** Polls until the server answers a query, the child dies, or the deadline passes. */
const waitUntilReady = async (url: string, child: ChildProcess, deadline: number, output: () => string): Promise<void> => {
  let lastError: unknown
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`postgres exited during start-up (code ${child.exitCode}, signal ${child.signalCode}):\n${output()}`)
    }
    const client = new SQL(url, { max: 1, connectionTimeout: 1 })
    try {
      await client`SELECT 1`
      return
    } catch (error) {
      lastError = error
    } finally {
      await client.close({ timeout: 0 })
    }
    await Bun.sleep(50)
  }
  throw new Error(`postgres did not accept connections in time (last error: ${String(lastError)}):\n${output()}`)
}

/**
 * Starts a private Postgres cluster. Call `stop()` in afterAll.
 *
 * @example
 * const server = await startPostgres()
 * const url = await server.createDatabase()
 * afterAll(() => server.stop())
 */
export const startPostgres = async (options: StartPostgresOptions = {}): Promise<PostgresServer> => {
  const binDir = options.binDir ?? findPostgresBinDir()
  if (!binDir) throw new Error('Postgres server binaries not found; see postgresBinDirForTests()')
  const deadline = Date.now() + (options.timeoutMs ?? 30_000)
  const identity = postgresIdentity()

  const baseDir = mkdtempSync(join(tmpdir(), 'reelsmith-pg-'))
  if (identity) chownSync(baseDir, identity.uid, identity.gid)
  const dataDir = join(baseDir, 'data')

  const init = spawnSync(
    join(binDir, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
    { ...identity, env: childEnv, encoding: 'utf8', timeout: Math.max(1, deadline - Date.now()) },
  )
  if (init.status !== 0) {
    rmSync(baseDir, { recursive: true, force: true })
    throw new Error(`initdb failed (status ${init.status}): ${init.error?.message ?? ''}\n${init.stderr}${init.stdout}`)
  }

  // The port can be taken between freeLoopbackPort() and the bind; a few attempts make that harmless.
  for (let attempt = 1; ; attempt++) {
    const port = freeLoopbackPort()
    const settings = [...TEST_SERVER_SETTINGS, 'listen_addresses=127.0.0.1', `port=${port}`, `unix_socket_directories=${baseDir}`]
    const child = spawn(join(binDir, 'postgres'), ['-D', dataDir, ...settings.flatMap((setting) => ['-c', setting])], {
      ...identity,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    const keepTail = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-8000))
    child.once('error', (error) => keepTail(Buffer.from(`spawn failed: ${error.message}\n`)))
    child.stdout?.on('data', keepTail)
    child.stderr?.on('data', keepTail)
    // If the test process dies without calling stop(), do not leave a postmaster behind.
    const killOnExit = () => child.kill('SIGKILL')
    process.once('exit', killOnExit)

    const url = `postgres://postgres@127.0.0.1:${port}/postgres`
    try {
      await waitUntilReady(url, child, deadline, () => log)
    } catch (error) {
      child.kill('SIGKILL')
      await waitForExit(child, 5000)
      process.off('exit', killOnExit)
      if (attempt < 3 && /could not bind|address already in use/i.test(log)) continue
      rmSync(baseDir, { recursive: true, force: true })
      throw error
    }

    const pid = child.pid ?? Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
    let databases = 0
    let stopped: Promise<void> | undefined
    return {
      url,
      port,
      pid,
      baseDir,
      async createDatabase(name = `test_${process.pid}_${++databases}_${Date.now().toString(36)}`) {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new TypeError(`database name must match [a-z_][a-z0-9_]*, got ${JSON.stringify(name)}`)
        const admin = new SQL(url, { max: 1 })
        try {
          await admin`CREATE DATABASE ${admin(name)}`
        } finally {
          await admin.close({ timeout: 0 })
        }
        return `postgres://postgres@127.0.0.1:${port}/${name}`
      },
      stop() {
        stopped ??= (async () => {
          process.kill(pid, 'SIGINT') // "fast shutdown": roll back open transactions, disconnect clients, exit
          if (!(await waitForExit(child, 10_000))) {
            process.kill(pid, 'SIGKILL')
            await waitForExit(child, 5000)
          }
          process.off('exit', killOnExit)
          rmSync(baseDir, { recursive: true, force: true })
        })()
        return stopped
      },
    }
  }
}
