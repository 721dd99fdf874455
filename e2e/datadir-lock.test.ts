/**
 * Two compiled binaries pointed at one DATA_DIR: the second refuses to start (its caches would hide
 * the first one's writes), the first keeps serving, and the data dir is free again once the first
 * has stopped, or died. Needs `bun run build` first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ServerStartError, startBinary, type RunningBinary } from './harness/index.ts'

const healthz = (server: RunningBinary) => fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5000) })

/** Starts a binary expected to refuse; resolves with its error. */
const refusal = async (env: Record<string, string>) => {
  try {
    const unexpected = await startBinary({ env })
    await unexpected.stop()
  } catch (error) {
    if (error instanceof ServerStartError) return error
    throw error
  }
  throw new Error('the second process started')
}

describe('one process per data directory', () => {
  let dataDir: string
  let lockPath: string
  const running: RunningBinary[] = []
  const start = async () => {
    const server = await startBinary({ env: { DATA_DIR: dataDir } })
    running.push(server)
    return server
  }

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'reelsmith-shared-data-'))
    lockPath = join(dataDir, 'reelsmith.db.lock')
  })
  afterAll(async () => {
    await Promise.allSettled(running.map((server) => server.stop()))
    rmSync(dataDir, { recursive: true, force: true })
  }, 30_000)

  test('a second process exits 1 naming the lock and its holder; the first keeps serving', async () => {
    const first = await start()
    expect(readFileSync(lockPath, 'utf8')).toBe(`${first.pid}\n`)
    const error = await refusal({ DATA_DIR: dataDir })
    expect(error.exitCode).toBe(1)
    expect(error.logs).toContain(
      `${lockPath} is held by process ${first.pid}: another Reelsmith runs on this data directory (stop it, or give this one its own DATA_DIR)`,
    )
    expect((await healthz(first)).status).toBe(200)
    expect(readFileSync(lockPath, 'utf8')).toBe(`${first.pid}\n`)

    expect(await first.stop()).toMatchObject({ exitCode: 0, killed: false })
    expect(existsSync(lockPath)).toBe(false)
    const next = await start()
    expect((await healthz(next)).status).toBe(200)
    await next.stop()
  }, 60_000)

  test('the lock of a process that was killed (no shutdown) is taken over', async () => {
    const killed = await start()
    process.kill(killed.pid, 'SIGKILL')
    expect((await killed.stop()).signalCode).toBe('SIGKILL')
    expect(readFileSync(lockPath, 'utf8')).toBe(`${killed.pid}\n`)
    const next = await start()
    expect(readFileSync(lockPath, 'utf8')).toBe(`${next.pid}\n`)
    expect((await healthz(next)).status).toBe(200)
  }, 60_000)
})
