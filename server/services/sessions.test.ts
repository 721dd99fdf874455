import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CacheStore } from '../cache/store.ts'
import { createRepositories, openDatabase, type Database, type Repositories } from '../db/index.ts'
import { silentLogger } from '../log.ts'
import { createSessionLoader, userTag } from './sessions.ts'

/** Resolving a session cookie through the user-context cache. */

let dir: string
let db: Database
let repos: Repositories
let store: CacheStore
let now = Date.now()
let userId: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-sessions-'))
  db = await openDatabase({ dataDir: dir, logger: silentLogger })
  repos = createRepositories(db)
  store = new CacheStore({ memoryBytes: 8 * 1024 * 1024, logger: silentLogger, now: () => now })
  userId = (await repos.users.create({ email: 'ada@example.com', passwordHash: 'x', language: 'it' }))!.id
})
afterAll(async () => {
  await store.close()
  await db.close()
  await rm(dir, { recursive: true, force: true })
})

const loader = () => createSessionLoader({ sessions: repos.sessions, store, now: () => now })

describe('createSessionLoader', () => {
  test('resolves a token to its user and CSRF token, then answers from the cache', async () => {
    const session = await repos.sessions.create(userId, 3600_000)
    const load = loader()
    const found = await load(session.token)
    expect(found).toMatchObject({ user: { id: userId, email: 'ada@example.com', language: 'it' }, csrfToken: session.csrfToken })
    // Cached: the row going away unseen does not matter until the user's tag is invalidated (logout does that).
    await repos.sessions.delete(session.token)
    expect((await load(session.token))?.user.id).toBe(userId)
    await store.invalidateTags([userTag(userId)])
    expect(await load(session.token)).toBeNull()
  })

  test('the cache never holds the token itself', async () => {
    const session = await repos.sessions.create(userId, 3600_000)
    await loader()(session.token)
    expect(JSON.stringify(store.stats())).not.toContain(session.token)
    expect(store.peek(`session:${session.token}`, { namespace: 'user' })).toBeUndefined()
  })

  test('an unknown token is null and fills no cache entry', async () => {
    const entries = store.status().l1.entries
    expect(await loader()('A'.repeat(43))).toBeNull()
    expect(store.status().l1.entries).toBe(entries)
  })

  test('a session past its expiry is null, even while its cache entry lives', async () => {
    const session = await repos.sessions.create(userId, 60_000)
    const load = loader()
    expect(await load(session.token)).not.toBeNull()
    now += 61_000
    expect(await load(session.token)).toBeNull()
  })
})
