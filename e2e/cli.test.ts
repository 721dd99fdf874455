/**
 * The operator commands of the compiled binary: `create-admin` and `grant-admin` on a data dir, their
 * exit codes (0 success, 1 failure, 2 usage error), then the server on that data dir, where the admin
 * signs in and opens the dashboard. Needs `bun run build` first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBrowser, type Send } from '../server/testing/http-client.ts'
import { runBinaryCommand, startBinary, type RunningBinary } from './harness/index.ts'

const ORIGIN = 'http://reelsmith.test'
const STDIN_PASSWORD = 'piped in, never printed'

/** Sends a client's requests to the server, keeping the public Host a proxy would keep. */
const to =
  (server: RunningBinary): Send =>
  async (request) => {
    const url = new URL(request.url)
    return fetch(`${server.url}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer(),
      redirect: 'manual',
      signal: AbortSignal.timeout(5000),
    })
  }

describe('reelsmith create-admin / grant-admin, then serve', () => {
  let dir: string
  let env: Record<string, string>
  let server: RunningBinary | undefined
  let generated: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reelsmith-cli-e2e-'))
    env = { DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn' }
  })
  afterAll(async () => {
    await server?.stop()
    await rm(dir, { recursive: true, force: true })
  }, 20_000)

  const run = (args: string[], stdin?: string) => runBinaryCommand(args, { env, stdin, cwd: dir })

  test('usage: --help exits 0; a missing argument or an unknown command exits 2; nothing is created', async () => {
    const help = await run(['--help'])
    expect([help.exitCode, help.stdout]).toEqual([0, expect.stringContaining('create-admin')])
    const commandHelp = await run(['create-admin', '--help'])
    expect([commandHelp.exitCode, commandHelp.stdout]).toEqual([0, expect.stringMatching(/^Usage: reelsmith create-admin EMAIL/)])
    expect((await run(['grant-admin', '--help'])).exitCode).toBe(0)

    const missing = await run(['create-admin'])
    expect([missing.exitCode, missing.stderr]).toEqual([2, expect.stringMatching(/^Missing EMAIL\./)])
    expect((await run(['grant-admin'])).exitCode).toBe(2)
    const unknown = await run(['make-admin', 'x@example.com'])
    expect([unknown.exitCode, unknown.stderr]).toEqual([2, expect.stringMatching(/^Unknown command: make-admin/)])
    // None of them opened the database: no data dir yet.
    expect(await readdir(dir)).toEqual([])
  })

  test('create-admin creates the account (0) and prints a generated password once; again, 1', async () => {
    const created = await run(['create-admin', 'ops@example.com'])
    expect(created.exitCode).toBe(0)
    generated = /^Password \(shown once; change it on \/account\): ([\w-]{24})$/m.exec(created.stdout)?.[1] ?? ''
    expect(generated).not.toBe('')
    const again = await run(['create-admin', 'ops@example.com'])
    expect([again.exitCode, again.stderr]).toEqual([1, expect.stringContaining('already has an account')])
  })

  test('--password-stdin reads the password from a pipe; grant-admin: 0 for an account, 1 for none', async () => {
    const piped = await run(['create-admin', 'piped@example.com', '--password-stdin'], `${STDIN_PASSWORD}\n`)
    expect([piped.exitCode, piped.stdout]).toEqual([0, 'Admin created: piped@example.com\n'])
    expect((await run(['grant-admin', 'piped@example.com'])).exitCode).toBe(0)
    const none = await run(['grant-admin', 'nobody@example.com'])
    expect([none.exitCode, none.stderr]).toEqual([1, expect.stringMatching(/^No account has the address nobody@example\.com/)])
  })

  test('the server on that data dir: each admin signs in and opens the dashboard; a new sign-up cannot', async () => {
    server = await startBinary({ env: { DATA_DIR: env.DATA_DIR! } })
    for (const [email, password] of [
      ['ops@example.com', generated],
      ['piped@example.com', STDIN_PASSWORD],
    ] as const) {
      const admin = createBrowser(to(server), { origin: ORIGIN })
      await admin.logIn(email, password)
      const dashboard = await admin.page('/admin/metrics')
      expect([email, dashboard.status]).toEqual([email, 200])
      expect(await dashboard.text()).toContain('MetricsDashboard')
    }
    const member = createBrowser(to(server), { origin: ORIGIN })
    await member.signUp()
    expect((await member.page('/admin/metrics')).status).toBe(404)
  }, 30_000)
})
