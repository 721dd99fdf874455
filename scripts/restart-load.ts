/**
 * Restarts the compiled binary while clients keep requesting, and counts the requests that failed
 * (a refused or reset connection, a 5xx): `serve --takeover` (the new process listens beside the
 * old one, then takes over) against a plain stop-then-start. Shared by
 * scripts/bench-restart.ts and e2e/operations.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServerProcess, type RunningServer } from '../e2e/harness/server-process.ts'
import { DIST_BINARY } from './build/paths.ts'

export type RestartMode = 'takeover' | 'stop-then-start'
export type RestartResult = { mode: RestartMode; requests: number; failed: number; errors: Record<string, number> }

const freePort = () => {
  const probe = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: () => new Response() })
  const port = probe.port
  probe.stop(true)
  return port
}

/**
 * Runs `clients` request loops against one port while a server is replaced by another. Each
 * request asks for a new connection (`Connection: close`) as a proxy without keep-alive would,
 * so every one of them meets the listening socket. Stops `requestsAfter` requests after the new
 * server has taken over (counted, not timed).
 */
export const restartUnderLoad = async (options: {
  mode: RestartMode
  clients?: number
  requestsBefore?: number
  requestsAfter?: number
  binary?: string
}): Promise<RestartResult> => {
  const { mode, clients = 8, requestsBefore = 200, requestsAfter = 200 } = options
  const dir = await mkdtemp(join(tmpdir(), 'reelsmith-restart-'))
  const port = freePort()
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: 'UTC', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: join(dir, 'data') }
  const start = (args: string[]) =>
    startServerProcess({ cmd: [options.binary ?? DIST_BINARY, 'serve', ...args], cwd: dir, env, startTimeoutMs: 30_000 })
  let old: RunningServer | undefined
  let next: RunningServer | undefined
  try {
    old = await start([])
    const errors: Record<string, number> = {}
    let requests = 0
    let failed = 0
    let afterTakeover = -1
    let running = true
    const loop = async () => {
      while (running) {
        requests++
        try {
          // The home page: what most visitors ask for (not /healthz, which is 503 on purpose while draining).
          const response = await fetch(`http://127.0.0.1:${port}/`, {
            headers: { Connection: 'close' },
            signal: AbortSignal.timeout(20_000),
          })
          await response.arrayBuffer()
          if (response.status >= 500) throw new Error(`HTTP ${response.status}`)
        } catch (error) {
          failed++
          const key = error instanceof Error ? (error.message.split(':')[0] ?? error.name) : String(error)
          errors[key] = (errors[key] ?? 0) + 1
        }
        if (afterTakeover >= 0 && requests - afterTakeover >= requestsAfter) running = false
      }
    }
    const loops = Array.from({ length: clients }, loop)
    while (requests < requestsBefore) await Bun.sleep(1)
    if (mode === 'takeover') {
      next = await start(['--takeover'])
    } else {
      await old.stop()
      next = await start([])
    }
    const oldExit = await old.exited
    afterTakeover = requests
    await Promise.all(loops)
    if (oldExit !== 0) throw new Error(`the old server exited ${oldExit}:\n${old.logs.slice(-5).join('\n')}`)
    return { mode, requests, failed, errors }
  } finally {
    await next?.stop()
    await old?.stop()
    await rm(dir, { recursive: true, force: true })
  }
}
