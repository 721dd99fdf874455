import { afterEach, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRepositories, openDatabase, type Database } from '../db/index.ts'
import { createLogger } from '../log.ts'
import { waitUntil } from '../testing/wait.ts'
import { startSessionPurge } from './session-purge.ts'

let dir: string | undefined
let db: Database | undefined
afterEach(async () => {
  await db?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('expired sessions are removed at start and on every round after; live ones stay', async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-purge-'))
  db = await openDatabase({ dataDir: dir, logger: createLogger({ level: 'silent' }) })
  const clock = { now: 1_700_000_000_000 }
  const repos = createRepositories(db, { now: () => clock.now })
  const user = (await repos.users.create({ email: 'ada@example.com', passwordHash: 'x', language: 'en' }))!
  clock.now -= 10
  await repos.sessions.create(user.id, 5) // expired before the start
  clock.now += 10
  const later = await repos.sessions.create(user.id, 60_000)

  const lines: string[] = []
  const removedCounts = () => lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'expired sessions removed')
  const stop = startSessionPurge({ sessions: repos.sessions, logger: createLogger({ sink: (line) => lines.push(line) }), everyMs: 20 })
  try {
    await waitUntil(() => removedCounts().length === 1, { what: 'the first sweep' })
    expect(await repos.sessions.findUserByToken(later.token)).not.toBeNull()
    clock.now += 60_000
    await waitUntil(() => removedCounts().length === 2, { what: 'a later sweep' })
    expect(removedCounts().map((entry) => entry.removed)).toEqual([1, 1])
    expect(await repos.sessions.deleteExpired()).toBe(0)
  } finally {
    stop()
  }
})
