import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { sha256Hex } from './ids.ts'
import { createSessionRepo } from './sessions.ts'
import { testBackends } from './test-backends.ts'
import { createUserRepo } from './users.ts'

const HOUR = 3_600_000

describe.each(testBackends())('session repo on $name', (backend) => {
  beforeAll(() => backend.start())
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  /** A database with two users and a clock the test can move. */
  const setup = async () => {
    const db = await backend.openFresh()
    const clock = { now: 1_700_000_000_000 }
    const now = () => clock.now
    const users = createUserRepo(db, { now })
    const alice = (await users.create({ email: 'alice@example.com', passwordHash: 'h', language: 'en' }))!
    const bob = (await users.create({ email: 'bob@example.com', passwordHash: 'h', language: 'de' }))!
    return { db, clock, sessions: createSessionRepo(db, { now }), alice, bob }
  }

  test('create hands out a token and a CSRF token; the token finds its user until it expires', async () => {
    const { sessions, alice, clock } = await setup()
    const session = await sessions.create(alice.id, 2 * HOUR)
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/) // 256 bits
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(session.csrfToken).not.toBe(session.token)
    expect(session.expiresAt).toBe(clock.now + 2 * HOUR)

    expect(await sessions.findUserByToken(session.token)).toEqual({
      user: alice,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    })

    clock.now += 2 * HOUR - 1
    expect((await sessions.findUserByToken(session.token))?.user.id).toBe(alice.id)
    clock.now += 1 // expiresAt is the first instant it no longer works
    expect(await sessions.findUserByToken(session.token)).toBeNull()
  })

  test('the table stores only the SHA-256 of the token', async () => {
    const { db, sessions, alice } = await setup()
    const { token } = await sessions.create(alice.id, HOUR)
    const rows = await db.query<{ id: string }>`SELECT id FROM sessions`
    expect(rows.map((row) => row.id)).toEqual([sha256Hex(token)])
    // and the stored value is not itself a working token
    expect(await sessions.findUserByToken(rows[0]!.id)).toBeNull()
  })

  test('unknown tokens find nothing', async () => {
    const { sessions } = await setup()
    expect(await sessions.findUserByToken('not-a-token')).toBeNull()
    expect(await sessions.findUserByToken('')).toBeNull()
  })

  test('delete logs one session out', async () => {
    const { sessions, alice } = await setup()
    const first = await sessions.create(alice.id, HOUR)
    const second = await sessions.create(alice.id, HOUR)
    expect(await sessions.delete(first.token)).toBe(true)
    expect(await sessions.delete(first.token)).toBe(false)
    expect(await sessions.findUserByToken(first.token)).toBeNull()
    expect(await sessions.findUserByToken(second.token)).not.toBeNull()
  })

  test('deleteAllForUser logs a user out everywhere, optionally keeping the current session, and leaves others alone', async () => {
    const { sessions, alice, bob } = await setup()
    const [a1, a2, a3] = [
      await sessions.create(alice.id, HOUR),
      await sessions.create(alice.id, HOUR),
      await sessions.create(alice.id, HOUR),
    ]
    const b1 = await sessions.create(bob.id, HOUR)

    expect(await sessions.deleteAllForUser(alice.id, { exceptToken: a3.token })).toBe(2)
    expect(await sessions.findUserByToken(a1.token)).toBeNull()
    expect(await sessions.findUserByToken(a2.token)).toBeNull()
    expect(await sessions.findUserByToken(a3.token)).not.toBeNull()

    expect(await sessions.deleteAllForUser(alice.id)).toBe(1)
    expect(await sessions.findUserByToken(a3.token)).toBeNull()
    expect((await sessions.findUserByToken(b1.token))?.user.id).toBe(bob.id)
  })

  test('deleteExpired removes only expired rows', async () => {
    const { sessions, alice, clock } = await setup()
    const short = await sessions.create(alice.id, HOUR)
    const long = await sessions.create(alice.id, 3 * HOUR)
    clock.now += 2 * HOUR
    expect(await sessions.deleteExpired()).toBe(1)
    expect(await sessions.delete(short.token)).toBe(false) // already gone
    expect(await sessions.findUserByToken(long.token)).not.toBeNull()
  })

  test("deleting a user removes the user's sessions", async () => {
    const { db, sessions, alice } = await setup()
    const { token } = await sessions.create(alice.id, HOUR)
    await db.query`DELETE FROM users WHERE id = ${alice.id}`
    expect(await sessions.findUserByToken(token)).toBeNull()
    expect(await db.query`SELECT id FROM sessions`).toEqual([])
  })
})
