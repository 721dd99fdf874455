import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import type { Database } from './types.ts'
import { appliedMigrations, migrate, SchemaNewerError, schemaVersion } from './migrate.ts'
import { LEGACY_NARRATION_ERROR, MIGRATIONS, type Migration } from './migrations.ts'
import { waitUntil } from '../testing/wait.ts'
import { testBackends } from './test-backends.ts'

const tableNames = async (db: Database): Promise<string[]> => {
  const rows =
    db.dialect === 'postgres'
      ? await db.query<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`
      : await db.query<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`
  return rows.map((row) => row.name).toSorted()
}

/** Test migrations that count their own runs. */
const countingMigrations: Migration[] = [1, 2, 3].map((version) => ({
  version,
  name: `counting ${version}`,
  async up(tx) {
    if (version === 1) await tx`CREATE TABLE runs (version INTEGER NOT NULL)`
    await tx`INSERT INTO runs (version) VALUES (${version})`
  },
}))

/**
 * The same, but the first holds the migration lock until `rivals` other runs wait for it, so the
 * race really happens. Postgres shows them in pg_locks; SQLite's runs in one process take turns
 * anyway (their transactions queue), so there is nothing to wait for.
 */
const racingMigrations = (rivals: number): Migration[] =>
  countingMigrations.map((migration) =>
    migration.version !== 1
      ? migration
      : {
          ...migration,
          async up(tx, dialect) {
            if (dialect === 'postgres') {
              const waiting = async () =>
                Number(
                  (
                    await tx<{
                      n: number
                    }>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`
                  )[0]!.n,
                )
              await waitUntil(async () => (await waiting()) >= rivals, { what: `${rivals} runs waiting for the migration lock` })
            }
            await migration.up(tx, dialect)
          },
        },
  )

describe.each(testBackends())('migrations on $name', (backend) => {
  beforeAll(() => backend.start())
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  test('openDatabase applies every migration once; running again applies nothing', async () => {
    const url = await backend.freshUrl()
    const db = await backend.open(url)
    expect(await appliedMigrations(db)).toEqual(MIGRATIONS.map((migration) => migration.version))
    expect(await tableNames(db)).toEqual([
      'audio_clips',
      'generation_jobs',
      'scenes',
      'schema_migrations',
      'sessions',
      'storyboard_versions',
      'uploads',
      'usage',
      'users',
      'videos',
    ])
    expect(await migrate(db)).toEqual([])
    const reopened = await backend.open(url)
    // A current schema is only read: no transaction, so a restart takes no migration lock.
    let transactions = 0
    const counted: Database = {
      ...reopened,
      transaction: (fn) => {
        transactions++
        return reopened.transaction(fn)
      },
    }
    expect(await migrate(counted)).toEqual([])
    expect(transactions).toBe(0)
    expect(await appliedMigrations(reopened)).toEqual(MIGRATIONS.map((migration) => migration.version))
  })

  test('version 4 adds narration; scenes written before it are failed, with the reason, so they can be narrated', async () => {
    const db = await backend.open(await backend.freshUrl(), { migrate: false })
    await migrate(db, { migrations: MIGRATIONS.filter((migration) => migration.version < 4) })
    await db.query`INSERT INTO users (id, email, password_hash, language, created_at) VALUES ('u1', 'a@example.com', 'h', 'en', 1)`
    await db.query`
      INSERT INTO videos (id, user_id, prompt, style, duration_sec, aspect, language, status, visibility, version, created_at, updated_at)
      VALUES ('v1', 'u1', 'old', 'noir', 30, '16:9', 'en', 'ready', 'private', 2, 1, 1)`
    await db.query`
      INSERT INTO scenes (video_id, position, duration_sec, narration, on_screen_text, visual, shot, palette, poster_hash)
      VALUES ('v1', 0, 30, 'Old words.', '', 'A street', 'wide', '[]', 'h0')`
    expect(await migrate(db)).toEqual(MIGRATIONS.filter((migration) => migration.version >= 4).map((migration) => migration.version))
    const [video] = await db.query<Record<string, unknown>>`SELECT voice_rate, voice_pitch, shorts FROM videos WHERE id = 'v1'`
    expect(Object.fromEntries(Object.entries(video!).map(([key, value]) => [key, Number(value)]))).toEqual({
      voice_rate: 165,
      voice_pitch: 50,
      shorts: 0,
    })
    const [scene] = await db.query<
      Record<string, unknown>
    >`SELECT sentences, narration_status, narration_error FROM scenes WHERE video_id = 'v1'`
    expect(scene).toEqual({ sentences: '[]', narration_status: 'failed', narration_error: LEGACY_NARRATION_ERROR })
    await expect(db.query`UPDATE scenes SET narration_status = 'maybe'`).rejects.toThrow()
  })

  test('only new migrations run, in order, each recorded', async () => {
    const db = await backend.open(await backend.freshUrl(), { migrate: false })
    expect(await migrate(db, { migrations: countingMigrations.slice(0, 1) })).toEqual([1])
    expect(await migrate(db, { migrations: countingMigrations })).toEqual([2, 3])
    expect((await db.query<{ version: number }>`SELECT version FROM runs ORDER BY version`).map((row) => Number(row.version))).toEqual([
      1, 2, 3,
    ])
  })

  test('a failing migration rolls back entirely and stops the run; earlier ones stay applied', async () => {
    const db = await backend.open(await backend.freshUrl(), { migrate: false })
    const broken: Migration = {
      version: 2,
      name: 'half-done',
      async up(tx) {
        await tx`CREATE TABLE half_done (id TEXT)`
        await tx`INSERT INTO no_such_table VALUES (1)`
      },
    }
    const third: Migration = { version: 3, name: 'never reached', up: async (tx) => void (await tx`CREATE TABLE third (id TEXT)`) }
    await expect(migrate(db, { migrations: [countingMigrations[0]!, broken, third] })).rejects.toThrow()
    expect(await appliedMigrations(db)).toEqual([1])
    expect(await tableNames(db)).toEqual(['runs', 'schema_migrations'])
  })

  test('versions must increase', async () => {
    const db = await backend.open(await backend.freshUrl(), { migrate: false })
    await expect(migrate(db, { migrations: [countingMigrations[1]!, countingMigrations[0]!] })).rejects.toThrow(
      'migration versions must be positive integers in increasing order: 1 (counting 1) follows 2',
    )
  })

  test('a database migrated by a newer build is refused, and left untouched', async () => {
    const db = await backend.open(await backend.freshUrl(), { migrate: false })
    expect(await schemaVersion(db)).toBe(0)
    await migrate(db, { migrations: countingMigrations })
    expect(await schemaVersion(db)).toBe(3)
    const refused = await migrate(db, { migrations: countingMigrations.slice(0, 2) }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(SchemaNewerError)
    expect(refused).toMatchObject({ databaseVersion: 3, buildVersion: 2 })
    expect((refused as Error).message).toContain('run the newer binary')
    expect(await appliedMigrations(db)).toEqual([1, 2, 3])
  })

  test('replicas starting at once apply each migration exactly once', async () => {
    const url = await backend.freshUrl()
    // Postgres: three processes' worth of connection pools. SQLite: one process owns the file, so three concurrent runs on it.
    const replicas =
      backend.name === 'postgres'
        ? await Promise.all([1, 2, 3].map(() => backend.open(url, { migrate: false })))
        : await backend.open(url, { migrate: false }).then((db) => [db, db, db])
    const migrations = racingMigrations(replicas.length - 1)
    const applied = await Promise.all(replicas.map((db) => migrate(db, { migrations })))
    expect(applied.flat().toSorted()).toEqual([1, 2, 3])
    expect(
      (await replicas[0]!.query<{ version: number }>`SELECT version FROM runs ORDER BY version`).map((row) => Number(row.version)),
    ).toEqual([1, 2, 3])
  })

  // Replicas share Postgres. A SQLite file belongs to one process: two connections to it in one
  // process would block each other inside SQLite's synchronous busy wait.
  test.skipIf(backend.name === 'sqlite')('openDatabase on two replicas at once leaves one complete schema', async () => {
    const url = await backend.freshUrl()
    const [a, b] = await Promise.all([backend.open(url), backend.open(url)])
    expect(await appliedMigrations(a!)).toEqual(MIGRATIONS.map((migration) => migration.version))
    expect(await tableNames(b!)).toContain('videos')
  })
})
