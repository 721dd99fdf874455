import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRepositories, openDatabase } from '../db/index.ts'
import { silentLogger } from '../log.ts'
import { createAccounts } from '../services/accounts.ts'
import { createPasswordHasher } from '../services/password.ts'
import { runCli } from './index.ts'
import type { CommandIo } from './io.ts'

/** The operator commands run in-process on a real SQLite data dir, as `reelsmith …` runs them. */

let dataDir: string
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'reelsmith-cli-'))
})
afterAll(() => rm(dataDir, { recursive: true, force: true }))

const run = async (argv: string[], options: { stdin?: string; env?: Record<string, string> } = {}) => {
  const out: string[] = []
  const err: string[] = []
  const io: CommandIo = {
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...options.env },
    readStdin: async () => options.stdin ?? '',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  }
  const code = await runCli(argv, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** What the server would see in that data dir. */
const withAccounts = async <T>(
  work: (accounts: ReturnType<typeof createAccounts>, repos: ReturnType<typeof createRepositories>) => Promise<T>,
) => {
  const db = await openDatabase({ dataDir, logger: silentLogger })
  try {
    const repos = createRepositories(db)
    return await work(
      createAccounts({ users: repos.users, sessions: repos.sessions, hasher: createPasswordHasher(), sessionTtlMs: 60_000 }),
      repos,
    )
  } finally {
    await db.close()
  }
}

describe('reelsmith usage', () => {
  test('--help lists the commands (0); an unknown command is a usage error (2)', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    for (const name of ['serve', 'create-admin', 'grant-admin']) expect(help.out).toContain(name)
    const unknown = await run(['make-me-admin', 'x@example.com'])
    expect([unknown.code, unknown.err.split('\n')[0]]).toEqual([2, 'Unknown command: make-me-admin'])
    expect((await run(['serve', 'extra'])).code).toBe(2)
    expect((await run(['--no-such-flag'])).code).toBe(2)
  })

  test.each(['create-admin', 'grant-admin', 'serve'])('%s --help: its usage and exit codes on stdout, 0', async (command) => {
    const { code, out } = await run([command, '--help'])
    expect(code).toBe(0)
    expect(out).toStartWith(`Usage: reelsmith ${command === 'serve' ? '[serve]' : command}`)
    expect(out).toContain('Exit codes: 0')
  })

  test.each([
    [['create-admin'], 'Missing EMAIL.'],
    [['grant-admin'], 'Missing EMAIL.'],
    [['create-admin', 'a@example.com', 'b@example.com'], 'Expected one EMAIL, got 2 arguments.'],
    [['grant-admin', 'not-an-address'], 'Not an email address: not-an-address'],
    [['create-admin', 'a@example.com', '--password'], "Unknown option '--password'"],
  ])('%j is a usage error (2): %s', async (argv, message) => {
    const { code, err, out } = await run(argv)
    expect(code).toBe(2)
    expect(err).toContain(message)
    expect(err).toContain('Usage: reelsmith')
    expect(out).toBe('')
  })
})

describe('create-admin', () => {
  test('generates a password, prints it once, and the account signs in with it as an admin', async () => {
    const { code, out } = await run(['create-admin', 'Ops@Example.com'])
    expect(code).toBe(0)
    const password = /^Password \(shown once; change it on \/account\): ([\w-]{24})$/m.exec(out)?.[1]
    expect(out).toStartWith('Admin created: ops@example.com')
    expect(password).toBeDefined()
    await withAccounts(async (accounts) => {
      const login = await accounts.logIn({ email: 'ops@example.com', password: password! })
      expect(login.ok && login.user.role).toBe('admin')
      expect(login.ok && (await accounts.isAdmin(login.user.id))).toBe(true)
    })
  })

  test('--password-stdin takes the first line of stdin and prints no password', async () => {
    const { code, out } = await run(['create-admin', 'stdin@example.com', '--password-stdin'], {
      stdin: 'a long enough passphrase\r\nignored\n',
    })
    expect([code, out]).toEqual([0, 'Admin created: stdin@example.com'])
    await withAccounts(async (accounts) => {
      expect((await accounts.logIn({ email: 'stdin@example.com', password: 'a long enough passphrase' })).ok).toBe(true)
    })
  })

  test('a short password from stdin or a taken address fails (1) and changes nothing', async () => {
    const short = await run(['create-admin', 'short@example.com', '--password-stdin'], { stdin: 'short\n' })
    expect([short.code, short.err]).toEqual([1, 'Password refused: Use at least 10 characters.'])
    await run(['create-admin', 'taken@example.com'])
    const again = await run(['create-admin', 'TAKEN@example.com'])
    expect([again.code, again.err]).toEqual([
      1,
      'taken@example.com already has an account; make it an admin with: reelsmith grant-admin taken@example.com',
    ])
    await withAccounts(async (_, repos) => expect(await repos.users.findByEmail('short@example.com')).toBeNull())
  })

  test('a bad configuration fails (1) with the config message, before touching any database', async () => {
    const { code, err } = await run(['create-admin', 'x@example.com'], { env: { DATABASE_URL: 'mysql://nope' } })
    expect(code).toBe(1)
    expect(err).toStartWith('Invalid configuration: DATABASE_URL')
  })
})

describe('grant-admin', () => {
  test('makes an existing member an admin (0); an unknown address fails (1)', async () => {
    const memberId = await withAccounts(async (accounts) => {
      const signUp = await accounts.signUp({ email: 'member@example.com', password: 'a long enough passphrase', language: 'en' })
      if (!signUp.ok) throw new Error('sign-up failed')
      expect(await accounts.isAdmin(signUp.user.id)).toBe(false)
      return signUp.user.id
    })
    const granted = await run(['grant-admin', 'MEMBER@example.com'])
    expect([granted.code, granted.out]).toEqual([0, 'Admin granted: member@example.com'])
    await withAccounts(async (accounts) => expect(await accounts.isAdmin(memberId)).toBe(true))

    const missing = await run(['grant-admin', 'nobody@example.com'])
    expect([missing.code, missing.err]).toEqual([
      1,
      'No account has the address nobody@example.com; create one with: reelsmith create-admin nobody@example.com',
    ])
  })
})
