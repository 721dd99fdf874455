import { existsSync } from 'node:fs'
import { chmod, copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { DIST_BINARY } from '../../scripts/build/paths.ts'
import { startServerProcess, type RunningServer, type StartServerProcessOptions } from './server-process.ts'

export type StartBinaryOptions = Pick<StartServerProcessOptions, 'startTimeoutMs' | 'stopTimeoutMs' | 'maxLogLines'> & {
  /** Environment for the server, on top of the defaults (PORT=0, HOST=127.0.0.1, PATH, TZ=UTC). */
  env?: Record<string, string>
  /** The executable to run. @default dist/reelsmith */
  binary?: string
}

export type RunningBinary = RunningServer & {
  /** The fresh directory it runs in: its working directory, so DATA_DIR (./data) lands there too. */
  dir: string
}

/** startBinary learns the server's URL from its `listening` line, which is logged at `info`. */
const LEVELS_THAT_LOG_LISTENING = ['debug', 'info']

/**
 * The child gets a clean environment: a developer's REDIS_URL or DATABASE_URL must not leak into a
 * test that means to run the server from nothing. Port 0 lets the kernel pick a free port at bind
 * time (no race with other tests), and the `listening` line tells us which one it picked.
 */
const defaultEnv = (): Record<string, string> => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  TZ: 'UTC',
  PORT: '0',
  HOST: '127.0.0.1',
})

/**
 * Copies the compiled server ALONE into a fresh empty directory and starts it there, so the test
 * proves the single executable carries everything it needs. Resolves once it logs `listening`;
 * `stop()` also removes the directory.
 *
 * @example
 * const server = await startBinary({ env: { CACHE_MEMORY_MB: '8' } })
 * afterAll(() => server.stop())
 * const response = await fetch(`${server.url}/healthz`)
 */
export const startBinary = async (options: StartBinaryOptions = {}): Promise<RunningBinary> => {
  const binary = options.binary ?? DIST_BINARY
  if (!existsSync(binary)) throw new Error(`${binary} does not exist: run \`bun run build\` first`)
  const level = options.env?.LOG_LEVEL
  if (level && !LEVELS_THAT_LOG_LISTENING.includes(level)) {
    throw new TypeError(`startBinary: LOG_LEVEL=${level} hides the "listening" line (an info line) it waits for; use info or debug`)
  }

  const dir = await mkdtemp(join(tmpdir(), 'reelsmith-e2e-'))
  try {
    const executable = join(dir, basename(binary))
    await copyFile(binary, executable)
    await chmod(executable, 0o755)
    const server = await startServerProcess({
      cmd: [executable],
      cwd: dir,
      env: { ...defaultEnv(), ...options.env },
      startTimeoutMs: options.startTimeoutMs,
      stopTimeoutMs: options.stopTimeoutMs,
      maxLogLines: options.maxLogLines,
    })
    let stopped: ReturnType<RunningServer['stop']> | undefined
    const stop = () =>
      (stopped ??= server.stop().then(async (result) => {
        await rm(dir, { recursive: true, force: true })
        return result
      }))
    return { ...server, dir, stop }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}
