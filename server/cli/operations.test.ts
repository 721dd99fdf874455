import { afterAll, afterEach, beforeEach, describe, expect, test } from 'bun:test'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import { SQLITE_FILE_NAME } from '../db/dialect.ts'
import { createRepositories, openDatabase } from '../db/index.ts'
import { MIGRATIONS } from '../db/migrations.ts'
import { silentLogger } from '../log.ts'
import { acquireDataDirLock } from '../process/data-dir-lock.ts'
import { startRedisServer } from '../testing/redis-server.ts'
import { runCli } from './index.ts'
import type { CommandIo } from './io.ts'

/** migrate, backup, restore, check and --version, run in-process on a real SQLite data dir. */

const LATEST = MIGRATIONS.at(-1)!.version
let dir: string
let dataDir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-ops-'))
  dataDir = join(dir, 'data')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const run = async (argv: string[], env: Record<string, string> = {}) => {
  const out: string[] = []
  const err: string[] = []
  const io: CommandIo = {
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    readStdin: async () => '',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  }
  const code = await runCli(argv, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const withRepos = async <T>(work: (repos: ReturnType<typeof createRepositories>) => Promise<T>) => {
  const db = await openDatabase({ dataDir, logger: silentLogger })
  try {
    return await work(createRepositories(db))
  } finally {
    await db.close()
  }
}
const addUser = (email: string) => withRepos((repos) => repos.users.create({ email, passwordHash: 'x', language: 'en' }))

describe('reelsmith --version, migrate', () => {
  test('--version names the package version, the build and the schema', async () => {
    const version = await run(['--version'])
    expect(version.code).toBe(0)
    expect(version.out).toMatch(
      new RegExp(`^reelsmith ${packageJson.version.replaceAll('.', '\\.')} \\(build [\\w-]+, schema ${LATEST}\\)$`),
    )
  })

  test('migrate applies every migration once, then says it is current; a newer schema is refused (1)', async () => {
    const first = await run(['migrate'])
    expect([first.code, first.out]).toEqual([0, `Applied migrations ${MIGRATIONS.map((m) => m.version).join(', ')}: schema ${LATEST}`])
    expect(await run(['migrate'])).toMatchObject({ code: 0, out: `Schema ${LATEST}: already current` })
    const db = await openDatabase({ dataDir, logger: silentLogger })
    await db.query`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${LATEST + 1}, 'future', 0)`
    await db.close()
    const refused = await run(['migrate'])
    expect(refused.code).toBe(1)
    expect(refused.err).toStartWith(`Refused: the database schema is version ${LATEST + 1}, newer than this binary's ${LATEST}`)
  })

  test('migrate refuses while a server holds the SQLite data dir; extra arguments are a usage error', async () => {
    await run(['migrate'])
    const lock = acquireDataDirLock(join(dataDir, `${SQLITE_FILE_NAME}.lock`), process.ppid)
    try {
      const refused = await run(['migrate'])
      expect([refused.code, refused.err]).toEqual([1, expect.stringContaining(`is held by process ${process.ppid}`)])
    } finally {
      lock.release()
    }
    expect((await run(['migrate', 'now'])).code).toBe(2)
  })
})

describe('reelsmith backup / restore', () => {
  test('backup FILE writes a checked copy; an existing FILE, no FILE or two are refused', async () => {
    await addUser('ada@example.com')
    const target = join(dir, 'nightly.db')
    const backup = await run(['backup', target])
    expect(backup.code).toBe(0)
    expect(backup.out).toMatch(new RegExp(`^Backup written: ${target} \\(\\d+ bytes, schema ${LATEST}, integrity ok\\)$`))
    expect((await stat(target)).size).toBeGreaterThan(0)
    const again = await run(['backup', target])
    expect([again.code, again.err]).toEqual([1, expect.stringContaining('already exists')])
    expect((await run(['backup'])).code).toBe(2)
    expect((await run(['backup', 'a', 'b'])).code).toBe(2)
  })

  test('with Postgres, backup and restore print the pg_dump / pg_restore command and write nothing (1)', async () => {
    const env = { DATABASE_URL: 'postgres://u:secret@db.internal/reelsmith', SINGLE_INSTANCE: 'true' }
    const backup = await run(['backup', join(dir, 'pg.dump')], env)
    expect(backup.code).toBe(1)
    expect(backup.err).toContain('pg_dump --format=custom')
    expect(backup.err).not.toContain('secret')
    expect((await run(['restore', join(dir, 'pg.dump')], env)).err).toContain('pg_restore --clean')
    expect(existsSync(join(dir, 'pg.dump'))).toBe(false)
  })

  test('restore refuses while a server holds the data dir, changing nothing; stopped, it restores and keeps the old database', async () => {
    await addUser('before@example.com')
    const target = join(dir, 'b.db')
    expect((await run(['backup', target])).code).toBe(0)
    await addUser('after@example.com')

    const lock = acquireDataDirLock(join(dataDir, `${SQLITE_FILE_NAME}.lock`), process.ppid)
    try {
      const refused = await run(['restore', target])
      expect([refused.code, refused.err]).toEqual([1, expect.stringMatching(/^Refused, nothing changed: .* is held by process/)])
    } finally {
      lock.release()
    }
    expect(await withRepos(async (repos) => !!(await repos.users.findByEmail('after@example.com')))).toBe(true)

    const restored = await run(['restore', target])
    expect(restored.code).toBe(0)
    expect(restored.out).toContain(`Restored ${target} (schema ${LATEST})`)
    const savedAs = /The database it replaced: (.+)$/m.exec(restored.out)?.[1]
    expect(savedAs && existsSync(savedAs)).toBe(true)
    expect(
      await withRepos(async (repos) => [
        !!(await repos.users.findByEmail('before@example.com')),
        !!(await repos.users.findByEmail('after@example.com')),
      ]),
    ).toEqual([true, false])
    const notABackup = await run(['restore', join(dir, 'missing.db')])
    expect(notABackup.code).toBe(1)
  })
})

describe('reelsmith check', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>> | undefined
  afterAll(() => redis?.stop())

  test('a fresh set-up: one line each, all ok, nothing created', async () => {
    const check = await run(['check'])
    expect(check.code).toBe(0)
    expect(check.out.split('\n').map((line) => line.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'ok config',
      'ok data',
      'ok database',
      'ok redis',
      'ok ai',
      'ok tts',
    ])
    expect(existsSync(dataDir)).toBe(false)
  })

  test('a typo is a warning; an unreachable Redis or a refused key fails it (1), each naming the variable to check', async () => {
    redis ??= await startRedisServer()
    // The edge an OpenAI-compatible server would be: its key check on GET /v1/models.
    const seen: (string | null)[] = []
    const endpoint = Bun.serve({
      hostname: '127.0.0.1',
      port: 0,
      fetch: (request) => {
        seen.push(request.headers.get('authorization'))
        return request.headers.get('authorization') === 'Bearer right' ? Response.json({ data: [] }) : new Response('no', { status: 401 })
      },
    })
    const baseUrl = `http://127.0.0.1:${endpoint.port}/v1`
    try {
      await run(['migrate'])
      const good = await run(['check'], { PORTT: '3000', REDIS_URL: redis.url })
      expect(good.code).toBe(0)
      expect(good.out).toContain('warn  config    valid; not read: PORTT (did you mean PORT?)')
      expect(good.out).toMatch(/^ok +redis +redis:\/\/.*: PONG$/m)
      expect(good.out).toMatch(new RegExp(`^ok +database +sqlite .*schema ${LATEST} \\(current\\)$`, 'm'))

      const bad = await run(['check'], {
        REDIS_URL: 'redis://127.0.0.1:1',
        AI_PROVIDER: 'openai',
        AI_BASE_URL: baseUrl,
        AI_API_KEY: 'wrong',
      })
      expect(bad.code).toBe(1)
      expect(bad.out).toMatch(/^fail +redis +redis:\/\/127\.0\.0\.1:1: .*\(check REDIS_URL\)$/m)
      expect(bad.out).toMatch(/^fail +ai +.*HTTP 401, the key is refused \(check AI_API_KEY\)$/m)
      const right = await run(['check'], { AI_PROVIDER: 'openai', AI_BASE_URL: baseUrl, AI_API_KEY: 'right' })
      expect(right.out).toMatch(/^ok +ai +http:\/\/127\.0\.0\.1:\d+\/v1 answers \(HTTP 200 on \/models\)$/m)
      expect(seen).toEqual(['Bearer wrong', 'Bearer right'])
    } finally {
      await endpoint.stop(true)
    }
  })
})
