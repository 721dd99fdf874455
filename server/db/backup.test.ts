import { afterEach, beforeEach, describe, expect, test } from 'bun:test'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../log.ts'
import { backupSqlite, inspectSqliteFile, restoreSqlite } from './backup.ts'
import { SQLITE_FILE_NAME } from './dialect.ts'
import { createRepositories, openDatabase, type Database } from './index.ts'
import { MIGRATIONS } from './migrations.ts'

let dir: string
let db: Database | undefined
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-backup-'))
})
afterEach(async () => {
  await db?.close()
  db = undefined
  await rm(dir, { recursive: true, force: true })
})

const LATEST = MIGRATIONS.at(-1)!.version
const countUsers = async (filename: string) => {
  const copy = await openDatabase({ url: `sqlite://${filename}`, dataDir: dir, logger: silentLogger, migrate: false })
  try {
    const [row] = await copy.query<{ n: number }>`SELECT COUNT(*) AS n FROM users`
    await copy.query`SELECT COUNT(*) FROM videos` // the table a plain cp of a WAL database lost
    return Number(row!.n)
  } finally {
    await copy.close()
  }
}

describe('SQLite backup and restore', () => {
  test('a backup taken while accounts are being written is consistent: every table, a count between before and after', async () => {
    db = await openDatabase({ dataDir: dir, logger: silentLogger })
    const repos = createRepositories(db)
    const live = join(dir, SQLITE_FILE_NAME)
    let written = 0
    let writing = true
    const writer = (async () => {
      // SQLite answers in microtasks: yield between writes, or the backup below would never get a turn.
      while (writing) {
        await repos.users.create({ email: `u${written++}@example.com`, passwordHash: 'x', language: 'en' })
        await Bun.sleep(0)
      }
    })()
    while (written < 50) await Bun.sleep(0)
    const before = written
    const info = await backupSqlite(live, join(dir, 'backup.db'))
    const after = written
    writing = false
    await writer
    expect(info).toMatchObject({ integrity: 'ok', schema: LATEST })
    const inBackup = await countUsers(join(dir, 'backup.db'))
    expect(inBackup).toBeGreaterThanOrEqual(before - 1)
    expect(inBackup).toBeLessThanOrEqual(after)
    expect((await readdir(dir)).filter((name) => name.endsWith('.partial'))).toEqual([])
  })

  test('a backup never overwrites, and refuses a missing database', async () => {
    db = await openDatabase({ dataDir: dir, logger: silentLogger })
    await writeFile(join(dir, 'taken.db'), 'precious')
    await expect(backupSqlite(join(dir, SQLITE_FILE_NAME), join(dir, 'taken.db'))).rejects.toThrow('already exists')
    expect(await Bun.file(join(dir, 'taken.db')).text()).toBe('precious')
    await expect(backupSqlite(join(dir, 'nothing.db'), join(dir, 'b.db'))).rejects.toThrow('does not exist')
  })

  test('restore puts the backup in place and keeps the database it replaced, WAL content included', async () => {
    db = await openDatabase({ dataDir: dir, logger: silentLogger })
    const repos = createRepositories(db)
    const live = join(dir, SQLITE_FILE_NAME)
    await repos.users.create({ email: 'kept@example.com', passwordHash: 'x', language: 'en' })
    await backupSqlite(live, join(dir, 'backup.db'))
    await repos.users.create({ email: 'after-backup@example.com', passwordHash: 'x', language: 'en' })
    await db.close()
    db = undefined

    const { info, savedAs } = await restoreSqlite(join(dir, 'backup.db'), live, new Date('2026-12-02T05:00:00Z'))
    expect(info.integrity).toBe('ok')
    expect(savedAs).toBe(`${live}.before-restore-2026-12-02T05-00-00-000Z`)
    expect(await countUsers(live)).toBe(1)
    expect(await countUsers(savedAs!)).toBe(2)
    expect(existsSync(`${live}-wal`)).toBe(false)
    db = await openDatabase({ dataDir: dir, logger: silentLogger })
    expect(await createRepositories(db).users.findByEmail('kept@example.com')).not.toBeNull()
  })

  test('restore refuses what is not one of our databases, and a schema newer than the binary', async () => {
    await writeFile(join(dir, 'junk.db'), 'not a database at all, just text'.repeat(40))
    await expect(restoreSqlite(join(dir, 'junk.db'), join(dir, SQLITE_FILE_NAME), new Date())).rejects.toThrow('not a SQLite database')
    db = await openDatabase({ dataDir: dir, logger: silentLogger })
    await db.query`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${LATEST + 1}, 'future', 0)`
    await backupSqlite(join(dir, SQLITE_FILE_NAME), join(dir, 'future.db'))
    expect((await inspectSqliteFile(join(dir, 'future.db'))).schema).toBe(LATEST + 1)
    await expect(restoreSqlite(join(dir, 'future.db'), join(dir, 'other.db'), new Date())).rejects.toThrow('newer than this binary')
    expect(existsSync(join(dir, 'other.db'))).toBe(false)
  })
})
