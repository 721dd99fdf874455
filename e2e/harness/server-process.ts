import type { Subprocess } from 'bun'
import { createLineBuffer, parseLogLine, readLines } from './lines.ts'

export type StartServerProcessOptions = {
  /** The command, e.g. `['./reelsmith']`. */
  cmd: string[]
  cwd: string
  /** The child's whole environment: nothing is inherited. */
  env: Record<string, string>
  /** How long the server may take to log `listening`. @default 15000 */
  startTimeoutMs?: number
  /** How long `stop()` waits after SIGTERM before it sends SIGKILL. @default 15000 */
  stopTimeoutMs?: number
  /** Output lines kept in `logs` (the newest win). @default 10000 */
  maxLogLines?: number
}

export type StopResult = {
  exitCode: number | null
  /** The signal that ended it (`'SIGKILL'` after a kill), or null when it exited by itself. */
  signalCode: Subprocess['signalCode']
  /** True when SIGTERM was not enough and the process had to be killed. */
  killed: boolean
}

export type RunningServer = {
  /** The origin the server logged, without a trailing slash: `http://127.0.0.1:41234`. */
  url: string
  pid: number
  /** Its stdout and stderr lines as they arrive (the newest `maxLogLines`). */
  logs: string[]
  /** SIGTERM, a bounded wait, then SIGKILL by PID if needed. Safe to call twice. */
  stop(): Promise<StopResult>
  /** Resolves with the exit code when the process ends by itself (or by stop()). */
  exited: Promise<number>
}

/** The server exited (or hung) before it logged `listening`: its exit code and output say why. */
export class ServerStartError extends Error {
  override name = 'ServerStartError'
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly logs: string[],
  ) {
    super(`${message}\n--- server output ---\n${logs.join('\n')}`)
  }
}

const signalPid = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(pid, signal)
  } catch {
    // ESRCH: it has already exited.
  }
}

/** Resolves with `value` after `ms`; the timer never holds the test process open. */
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(resolve, ms, value).unref())

/**
 * Starts a server process and resolves once it logs, as one JSON line on stdout or stderr,
 * `{"msg":"listening","url":"http://…"}` (the line server/main.ts writes). Rejects with
 * {@link ServerStartError} if it exits or stays silent first, having stopped it.
 */
export const startServerProcess = async (options: StartServerProcessOptions): Promise<RunningServer> => {
  const startTimeoutMs = options.startTimeoutMs ?? 15_000
  const stopTimeoutMs = options.stopTimeoutMs ?? 15_000
  const proc = Bun.spawn({ cmd: options.cmd, cwd: options.cwd, env: options.env, stdin: 'ignore', stdout: 'pipe', stderr: 'pipe' })
  const pid = proc.pid
  // Once reaped, the PID may belong to someone else: signal only a process we know is ours.
  const running = () => proc.exitCode === null && proc.signalCode === null
  // If the test runner dies without calling stop(), do not leave a server behind.
  const killOnExit = () => running() && signalPid(pid, 'SIGKILL')
  process.once('exit', killOnExit)

  const buffer = createLineBuffer(options.maxLogLines ?? 10_000)
  let announceUrl: (url: string) => void = () => {}
  let announced = false
  const listening = new Promise<string>((resolve) => (announceUrl = resolve))
  const onLine = (line: string) => {
    buffer.push(line)
    // Parse only until the URL is known: under load every request logs a line.
    if (announced) return
    const entry = parseLogLine(line)
    if (entry?.msg !== 'listening' || typeof entry.url !== 'string') return
    announced = true
    announceUrl(new URL(entry.url).origin)
  }
  const outputDone = Promise.all([readLines(proc.stdout, onLine), readLines(proc.stderr, onLine)])

  let stopped: Promise<StopResult> | undefined
  const stop = () =>
    (stopped ??= (async () => {
      let killed = false
      if (running()) signalPid(pid, 'SIGTERM')
      if ((await Promise.race([proc.exited, after(stopTimeoutMs, 'timeout' as const)])) === 'timeout') {
        killed = true
        if (running()) signalPid(pid, 'SIGKILL')
        await proc.exited
      }
      // The last lines (e.g. "stopped") may still be in the pipe when the process is gone.
      await Promise.race([outputDone, after(1000, undefined)])
      process.off('exit', killOnExit)
      return { exitCode: proc.exitCode, signalCode: proc.signalCode, killed }
    })())

  const outcome = await Promise.race([
    listening.then((url) => ({ kind: 'listening' as const, url })),
    proc.exited.then(() => ({ kind: 'exited' as const })),
    after(startTimeoutMs, { kind: 'timeout' as const }),
  ])
  if (outcome.kind === 'listening') return { url: outcome.url, pid, logs: buffer.lines, stop, exited: proc.exited }

  const result = await stop()
  const what = options.cmd.join(' ')
  throw outcome.kind === 'exited'
    ? new ServerStartError(`${what} exited with code ${result.exitCode} before it was listening`, result.exitCode, buffer.lines)
    : new ServerStartError(`${what} did not log "listening" within ${startTimeoutMs} ms`, result.exitCode, buffer.lines)
}
