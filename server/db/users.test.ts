import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { testBackends } from './test-backends.ts'
import { createUserRepo } from './users.ts'

describe.each(testBackends())('user repo on $name', (backend) => {
  beforeAll(() => backend.start())
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  const open = async () => createUserRepo(await backend.openFresh(), { now: () => 1_700_000_000_000 })
  const alice = { email: 'Alice@Example.com', passwordHash: '$argon2id$fake-hash', language: 'en' } as const

  test('create returns the user without the password hash; findById reads it back', async () => {
    const users = await open()
    const created = await users.create(alice)
    expect(created).toEqual({ id: expect.any(String), email: 'Alice@Example.com', language: 'en', createdAt: 1_700_000_000_000 })
    expect(created).not.toHaveProperty('passwordHash')
    expect(await users.findById(created!.id)).toEqual(created)
    expect(await users.findById('no-such-id')).toBeNull()
  })

  test('emails are unique ignoring letter case: a second sign-up returns null', async () => {
    const users = await open()
    expect(await users.create(alice)).not.toBeNull()
    expect(await users.create({ ...alice, email: 'alice@EXAMPLE.COM' })).toBeNull()
    expect(await users.create({ ...alice, email: 'bob@example.com' })).not.toBeNull()
  })

  test('findByEmail ignores case and is the one lookup that returns the hash', async () => {
    const users = await open()
    const created = await users.create(alice)
    expect(await users.findByEmail('ALICE@example.COM')).toEqual({ ...created!, passwordHash: alice.passwordHash })
    expect(await users.findByEmail('nobody@example.com')).toBeNull()
  })

  test('ids are random and URL-safe', async () => {
    const users = await open()
    const a = await users.create(alice)
    const b = await users.create({ ...alice, email: 'b@example.com' })
    expect(a!.id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(a!.id).not.toBe(b!.id)
  })

  test('updateLanguage and updatePasswordHash change one user and report a missing one', async () => {
    const users = await open()
    const a = await users.create(alice)
    const b = await users.create({ ...alice, email: 'b@example.com' })
    expect(await users.updateLanguage(a!.id, 'fr')).toBe(true)
    expect(await users.updatePasswordHash(a!.id, '$argon2id$new')).toBe(true)
    expect((await users.findById(a!.id))!.language).toBe('fr')
    expect(await users.findPasswordHash(a!.id)).toBe('$argon2id$new')
    expect(await users.findPasswordHash(b!.id)).toBe(alice.passwordHash)
    expect((await users.findById(b!.id))!.language).toBe('en')
    expect(await users.updateLanguage('missing', 'de')).toBe(false)
    expect(await users.updatePasswordHash('missing', 'x')).toBe(false)
    expect(await users.findPasswordHash('missing')).toBeNull()
  })

  test('values are bound as parameters, never spliced into SQL', async () => {
    const users = await open()
    const evil = "x'); DROP TABLE users; --@example.com"
    const created = await users.create({ ...alice, email: evil })
    expect((await users.findByEmail(evil))?.id).toBe(created!.id)
    expect(await users.findByEmail("' OR '1'='1")).toBeNull()
  })
})
