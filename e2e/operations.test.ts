/**
 * The binary run like a service: a graceful stop with a job running and its progress stream open
 * (the stream ends with a reconnect hint, the job goes back to the queue and the next start
 * finishes it), online backup of a database being written and its restore, the operator commands'
 * exit codes, and startup failures said in one line. Needs `bun run build` first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBrowser, createVideo, type Browser, type Send, waitForVideo } from '../server/testing/http-client.ts'
import { waitUntil } from '../server/testing/wait.ts'
import { restartUnderLoad } from '../scripts/restart-load.ts'
import { openDatabase } from '../server/db/index.ts'
import { silentLogger } from '../server/log.ts'
import { parseLogLine, runBinaryCommand, startBinary, type RunningBinary } from './harness/index.ts'

const ORIGIN = 'http://reelsmith.test'

/** Sends a client's requests to whichever server is running now, keeping the public Host a proxy would keep. */
const to =
  (server: () => RunningBinary): Send =>
  async (request) => {
    const url = new URL(request.url)
    return fetch(`${server().url}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer(),
      redirect: 'manual',
      signal: AbortSignal.timeout(20_000),
    })
  }

const logged = (server: RunningBinary, msg: string) => server.logs.map(parseLogLine).filter((entry) => entry?.msg === msg)

let dir: string
let dataDir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-ops-e2e-'))
  dataDir = join(dir, 'data')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('a graceful stop loses nothing', () => {
  let server: RunningBinary
  let ada: Browser
  afterAll(() => server?.stop(), 30_000)

  test('SIGTERM mid-job: the progress stream ends with retry:, the job is queued again, the next start finishes it', async () => {
    // A long deadline: had the open stream held the stop, the outcome would be a timeout, not drained.
    const env = { DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: '60000' }
    server = await startBinary({ env })
    ada = createBrowser(
      to(() => server),
      { origin: ORIGIN },
    )
    await ada.signUp()
    const video = await createVideo(ada, { durationSec: 600 })
    const events = await ada.request(`/api/videos/${video.id}/events`, { headers: { Accept: 'text/event-stream' } })
    expect(events.status).toBe(200)
    const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader()
    let text = ''
    while (!text.includes('"step":"narration"')) {
      const chunk = await reader.read()
      if (chunk.done) throw new Error(`stream ended before narration: ${text}`)
      text += chunk.value
    }

    const stopped = server.stop()
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += chunk.value
    expect(text).toEndWith('retry: 1000\n\n')
    expect(text).not.toContain('"status":"done"')
    expect(await stopped).toEqual({ exitCode: 0, signalCode: null, killed: false })
    expect(logged(server, 'stopped')).toEqual([expect.objectContaining({ outcome: 'drained', streamsEnded: 1 })])
    expect(logged(server, 'job stopped')).toEqual([expect.objectContaining({ reason: 'shutting down', videoId: video.id })])

    server = await startBinary({ env })
    // The job is claimed at once on start (no stale recovery), and the session survived the restart.
    const ready = await waitForVideo(ada, video.id, 180_000)
    expect(ready.status).toBe('ready')
    expect(logged(server, 'recovered stale jobs')).toEqual([])
  }, 240_000)
})

describe('a restart under load', () => {
  test('serve --takeover replaces the running binary without one failed request; a plain stop-then-start refuses some', async () => {
    const takeover = await restartUnderLoad({ mode: 'takeover', clients: 4, requestsBefore: 100, requestsAfter: 100 })
    expect(takeover).toMatchObject({ failed: 0, errors: {} })
    // The control: the same load across a stop and a start meets a closed port.
    const plain = await restartUnderLoad({ mode: 'stop-then-start', clients: 4, requestsBefore: 100, requestsAfter: 100 })
    expect(plain.failed).toBeGreaterThan(0)
  }, 180_000)
})

describe('backup and restore on the binary', () => {
  let server: RunningBinary | undefined
  afterAll(() => server?.stop(), 30_000)
  const env = () => ({ DATA_DIR: join(dir, 'backed-up') })
  const run = (args: string[]) => runBinaryCommand(args, { env: env(), cwd: dir, timeoutMs: 30_000 })

  test('backup while sign-ups are being written is consistent; restore is refused while serving, then puts it back', async () => {
    server = await startBinary({ env: env() })
    const send = to(() => server!)
    const people: { browser: Browser; email: string }[] = []
    let writing = true
    const writer = (async () => {
      while (writing) {
        const browser = createBrowser(send, { origin: ORIGIN })
        const email = `p${people.length}@example.com`
        await browser.signUp(email)
        people.push({ browser, email })
      }
    })()
    await waitUntil(() => people.length >= 3, { what: 'sign-ups under way', timeoutMs: 30_000 })
    const before = people.length
    const backup = await run(['backup', join(dir, 'live.db')])
    writing = false
    await writer
    expect(backup.exitCode).toBe(0)
    expect(backup.stdout).toMatch(/^Backup written: .*live\.db \(\d+ bytes, schema \d+, integrity ok\)\n$/)
    expect((await stat(join(dir, 'live.db'))).mode & 0o777).toBe(0o600)

    const refused = await run(['restore', join(dir, 'live.db')])
    expect([refused.exitCode, refused.stderr]).toEqual([1, expect.stringContaining('Refused, nothing changed')])
    await server.stop()

    const restored = await run(['restore', join(dir, 'live.db')])
    expect(restored.exitCode).toBe(0)
    server = await startBinary({ env: env() })
    // Everyone who had signed up before the backup started can sign in again.
    for (const { email } of people.slice(0, before)) {
      const again = createBrowser(
        to(() => server!),
        { origin: ORIGIN },
      )
      await again.logIn(email)
    }
  }, 120_000)
})

describe('operator commands and startup failures', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    runBinaryCommand(args, { env: { DATA_DIR: join(dir, 'cmd'), HOST: '127.0.0.1', ...env }, cwd: dir, timeoutMs: 30_000 })

  test('exit codes: --version and check 0, a missing FILE 2, each command has --help', async () => {
    const version = await run(['--version'])
    expect([version.exitCode, version.stdout]).toEqual([
      0,
      expect.stringMatching(/^reelsmith \d+\.\d+\.\d+ \(build [\w-]+, schema \d+\)\n$/),
    ])
    expect((await run(['check'])).exitCode).toBe(0)
    expect((await run(['backup'])).exitCode).toBe(2)
    expect((await run(['restore'])).exitCode).toBe(2)
    for (const command of ['migrate', 'backup', 'restore', 'check', 'serve']) {
      const help = await run([command, '--help'])
      expect([command, help.exitCode, help.stdout]).toEqual([command, 0, expect.stringContaining('Exit codes:')])
    }
    expect((await run(['migrate'])).exitCode).toBe(0)
  })

  /** A start that fails: exit 1, one line on stderr, one JSON `startup failed` line on stdout. */
  const failedStart = async (env: Record<string, string>) => {
    const result = await run([], { PORT: '0', ...env })
    expect(result.exitCode).toBe(1)
    const stderr = result.stderr.trim().split('\n')
    expect(stderr).toHaveLength(1)
    const json = result.stdout
      .trim()
      .split('\n')
      .map(parseLogLine)
      .filter((entry) => entry?.msg === 'startup failed')
    expect(json).toHaveLength(1)
    return { line: stderr[0]!, json: json[0]! }
  }

  test('port in use, AI without a key, an unusable DATA_DIR: one line each naming what to change', async () => {
    const taken = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: () => new Response('someone else') })
    try {
      const port = await failedStart({ PORT: String(taken.port) })
      expect(port.line).toStartWith(`PORT ${taken.port} on HOST 127.0.0.1 is already in use: `)
      expect(port.json).toMatchObject({ variable: 'PORT', port: taken.port })
    } finally {
      taken.stop(true)
    }
    const ai = await failedStart({ AI_PROVIDER: 'openai' })
    expect(ai.line).toContain('AI_API_KEY is required')
    expect(ai.json).toMatchObject({ variable: 'AI_PROVIDER' })

    const notADir = join(dir, 'a-file')
    await Bun.write(notADir, 'x')
    const data = await failedStart({ DATA_DIR: join(notADir, 'data') })
    expect(data.line).toStartWith(`DATA_DIR ${join(notADir, 'data')} is not writable (ENOTDIR): `)
    expect(data.json).toMatchObject({ variable: 'DATA_DIR' })
    expect(existsSync(join(dir, 'cmd', 'reelsmith.db.lock'))).toBe(false)
  })

  test('a database migrated by a newer binary: the start is refused, naming the way out, and the lock is let go', async () => {
    const newer = join(dir, 'newer')
    expect((await run(['migrate'], { DATA_DIR: newer })).exitCode).toBe(0)
    const db = await openDatabase({ dataDir: newer, logger: silentLogger, migrate: false })
    await db.query`INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'from a newer binary', 0)`
    await db.close()
    const refused = await failedStart({ DATA_DIR: newer })
    expect(refused.line).toContain('schema is version 9999, newer than this binary')
    expect(refused.json).toMatchObject({ variable: 'DATA_DIR' })
    expect(existsSync(join(newer, 'reelsmith.db.lock'))).toBe(false)
  })
})
