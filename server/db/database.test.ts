import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLogger, silentLogger } from '../log.ts'
import { openDatabase } from './database.ts'
import { describeLocation, resolveLocation } from './dialect.ts'
import { testBackends } from './test-backends.ts'

describe('resolveLocation', () => {
  test('no DATABASE_URL means the SQLite file in DATA_DIR', () => {
    expect(resolveLocation(undefined, '/var/lib/reelsmith')).toEqual({ dialect: 'sqlite', filename: '/var/lib/reelsmith/reelsmith.db' })
  })

  test('sqlite:// URLs name a file (absolute, relative to the working directory, or :memory:)', () => {
    expect(resolveLocation('sqlite:///srv/app.db', 'ignored')).toEqual({ dialect: 'sqlite', filename: '/srv/app.db' })
    expect(resolveLocation('sqlite://data/app.db?mode=rwc', 'ignored')).toEqual({
      dialect: 'sqlite',
      filename: join(process.cwd(), 'data/app.db'),
    })
    expect(resolveLocation('sqlite://:memory:', 'ignored')).toEqual({ dialect: 'sqlite', filename: ':memory:' })
  })

  test('postgres:// and postgresql:// URLs mean Postgres', () => {
    expect(resolveLocation('postgres://u:p@db:5432/app', 'x')).toEqual({ dialect: 'postgres', url: 'postgres://u:p@db:5432/app' })
    expect(resolveLocation('postgresql://db/app', 'x').dialect).toBe('postgres')
  })

  test('anything else is refused without echoing credentials', () => {
    expect(() => resolveLocation('mysql://root:hunter2@db/app', 'x')).toThrow(TypeError)
    expect(() => resolveLocation('mysql://root:hunter2@db/app', 'x')).not.toThrow(/hunter2/)
  })

  test('describeLocation, for logs, leaves credentials out', () => {
    expect(describeLocation({ dialect: 'postgres', url: 'postgres://app:s3cret@db.internal:6543/reelsmith' })).toBe(
      'db.internal:6543/reelsmith',
    )
    expect(describeLocation({ dialect: 'sqlite', filename: '/data/reelsmith.db' })).toBe('/data/reelsmith.db')
  })
})

describe('openDatabase with SQLite (the default)', () => {
  let dir = ''
  beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'reelsmith-open-'))))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('creates DATA_DIR and the file, sets WAL, foreign keys and a busy timeout, migrates, and logs it', async () => {
    const dataDir = join(dir, 'nested', 'data')
    const lines: string[] = []
    const db = await openDatabase({ dataDir, logger: createLogger({ sink: (line) => lines.push(line) }) })
    try {
      expect(db.dialect).toBe('sqlite')
      expect(existsSync(join(dataDir, 'reelsmith.db'))).toBe(true)
      expect(await db.query`PRAGMA journal_mode`).toEqual([{ journal_mode: 'wal' }])
      expect(await db.query`PRAGMA foreign_keys`).toEqual([{ foreign_keys: 1 }])
      expect(await db.query`PRAGMA busy_timeout`).toEqual([{ timeout: 5000 }])
      const logged = lines.map((line) => JSON.parse(line))
      expect(logged).toContainEqual(
        expect.objectContaining({ msg: 'database opened', component: 'db', dialect: 'sqlite', location: join(dataDir, 'reelsmith.db') }),
      )
      expect(logged).toContainEqual(expect.objectContaining({ msg: 'migration applied', version: 1 }))
    } finally {
      await db.close()
    }
  })

  test('migrate: false opens without touching the schema', async () => {
    const db = await openDatabase({ url: 'sqlite://:memory:', dataDir: dir, logger: silentLogger, migrate: false })
    try {
      expect(await db.query`SELECT name FROM sqlite_master WHERE type = 'table'`).toEqual([])
    } finally {
      await db.close()
    }
  })
})

test('openDatabase fails at start-up when Postgres is unreachable', async () => {
  const listener = Bun.listen({ hostname: '127.0.0.1', port: 0, socket: { data() {} } })
  const port = listener.port
  listener.stop(true) // now nothing listens there
  await expect(openDatabase({ url: `postgres://nobody@127.0.0.1:${port}/none`, dataDir: tmpdir(), logger: silentLogger })).rejects.toThrow()
})

describe.each(testBackends())('transactions on $name', (backend) => {
  beforeAll(() => backend.start())
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  const openWithTable = async () => {
    const db = await backend.open(await backend.freshUrl(), { migrate: false })
    await db.query`CREATE TABLE notes (text TEXT NOT NULL)`
    const notes = async () => (await db.query<{ text: string }>`SELECT text FROM notes ORDER BY text`).map((row) => row.text)
    return { db, notes }
  }

  test('commit when the callback resolves, with its value; roll back when it throws', async () => {
    const { db, notes } = await openWithTable()
    expect(await db.transaction(async (tx) => (await tx`INSERT INTO notes (text) VALUES (${'kept'}) RETURNING text`)[0])).toEqual({
      text: 'kept',
    })
    await expect(
      db.transaction(async (tx) => {
        await tx`INSERT INTO notes (text) VALUES (${'dropped'})`
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    expect(await notes()).toEqual(['kept'])
  })

  test("a statement sent while another flow's transaction is open is not swept into its rollback", async () => {
    const { db, notes } = await openWithTable()
    let insideTransaction!: () => void
    const transactionStarted = new Promise<void>((resolve) => (insideTransaction = resolve))
    let letItFail!: () => void
    const failLater = new Promise<void>((resolve) => (letItFail = resolve))

    const doomed = db.transaction(async (tx) => {
      await tx`INSERT INTO notes (text) VALUES (${'doomed'})`
      insideTransaction()
      await failLater
      throw new Error('rollback')
    })
    await transactionStarted
    const unrelated = db.query`INSERT INTO notes (text) VALUES (${'unrelated request'})`
    // Let it get as far as it may while the transaction is open. Postgres runs it on another
    // connection, so it finishes; SQLite must hold it until the transaction ends, and its
    // statements run synchronously, so one task turn is when a wrong one would already have run.
    if (db.dialect === 'postgres') await unrelated
    else await new Promise((resolve) => setImmediate(resolve))
    letItFail()
    await expect(doomed).rejects.toThrow('rollback')
    await unrelated
    expect(await notes()).toEqual(['unrelated request'])
  })

  test('using db instead of tx inside a transaction throws instead of hanging or escaping the transaction', async () => {
    const { db, notes } = await openWithTable()
    const misuse = 'called inside a db.transaction callback: use the `tx` it receives'
    await expect(db.transaction(async () => db.query`INSERT INTO notes (text) VALUES (${'outside'})`)).rejects.toThrow(misuse)
    await expect(db.transaction(async () => db.transaction(async () => 1))).rejects.toThrow(misuse)
    expect(await notes()).toEqual([])
    // after the transaction has ended, work started from inside it may use db again
    let later: Promise<unknown> = Promise.resolve()
    let transactionEnded!: () => void
    const ended = new Promise<void>((resolve) => (transactionEnded = resolve))
    await db.transaction(async () => void (later = ended.then(() => db.query`INSERT INTO notes (text) VALUES (${'later'})`)))
    transactionEnded()
    await later
    expect(await notes()).toEqual(['later'])
  })

  test('a failing statement rejects its own promise and leaves the database usable', async () => {
    const { db, notes } = await openWithTable()
    await expect(db.query`INSERT INTO notes (text) VALUES (${null})`).rejects.toThrow()
    await db.query`INSERT INTO notes (text) VALUES (${'after'})`
    expect(await notes()).toEqual(['after'])
  })
})
