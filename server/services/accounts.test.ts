import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRepositories, openDatabase, type Database, type Repositories } from '../db/index.ts'
import { silentLogger } from '../log.ts'
import { createAccounts, logInSchema, signUpSchema, type Accounts } from './accounts.ts'
import { createPasswordHasher, type PasswordHasher } from './password.ts'

/** Sign-up, log-in, log-out and account changes, as values (the HTTP layer maps them to statuses). */

let dir: string
let db: Database
let repos: Repositories
let accounts: Accounts
const changed: string[] = []
const calls = { verifyNobody: 0 }
const cheap = createPasswordHasher({ memoryCost: 1024, timeCost: 1 })
const hasher: PasswordHasher = { ...cheap, verifyNobody: (password) => (calls.verifyNobody++, cheap.verifyNobody(password)) }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-accounts-'))
  db = await openDatabase({ dataDir: dir, logger: silentLogger })
  repos = createRepositories(db)
  accounts = createAccounts({
    users: repos.users,
    sessions: repos.sessions,
    hasher,
    sessionTtlMs: 3600_000,
    onUserChanged: (id) => void changed.push(id),
  })
})
afterAll(async () => {
  await db.close()
  await rm(dir, { recursive: true, force: true })
})

const PASSWORD = 'correct horse battery staple'
const signUp = (email: string) => accounts.signUp(signUpSchema.parse({ email, password: PASSWORD }))

describe('schemas', () => {
  test('emails are trimmed and lower-cased; passwords need 10 to 200 characters; language defaults to en', () => {
    expect(signUpSchema.parse({ email: 'Ada@Example.COM', password: PASSWORD })).toEqual({
      email: 'ada@example.com',
      password: PASSWORD,
      language: 'en',
    })
    expect(signUpSchema.safeParse({ email: 'ada@example.com', password: '123456789' }).success).toBe(false)
    expect(signUpSchema.safeParse({ email: 'ada@example.com', password: 'x'.repeat(201) }).success).toBe(false)
    expect(logInSchema.safeParse({ email: 'ada@example.com', password: '' }).success).toBe(false)
  })
})

describe('signUp', () => {
  test('stores an argon2id hash, never the password, and starts a session', async () => {
    const result = await signUp('grace@example.com')
    if (!result.ok) throw new Error('expected a new account')
    expect(result.session.token).not.toBe(result.session.csrfToken)
    const hash = (await repos.users.findPasswordHash(result.user.id))!
    expect(hash).toStartWith('$argon2id$')
    expect(hash).not.toContain(PASSWORD)
    expect((await repos.sessions.findUserByToken(result.session.token))?.user.id).toBe(result.user.id)
  })

  test('a taken email (in any case) is email_taken', async () => {
    await signUp('linus@example.com')
    expect(await accounts.signUp({ email: 'linus@example.com', password: PASSWORD, language: 'en' })).toEqual({
      ok: false,
      reason: 'email_taken',
    })
  })
})

describe('logIn', () => {
  test('the right password starts a new session; a wrong one or an unknown email is bad_credentials', async () => {
    await signUp('ken@example.com')
    const ok = await accounts.logIn({ email: 'ken@example.com', password: PASSWORD })
    expect(ok.ok && ok.user.email).toBe('ken@example.com')
    expect(ok.ok && 'passwordHash' in ok.user).toBe(false)
    expect(await accounts.logIn({ email: 'ken@example.com', password: 'wrong password' })).toEqual({ ok: false, reason: 'bad_credentials' })
  })

  test('an unknown email still spends a verify, so timing does not tell which emails exist', async () => {
    const before = calls.verifyNobody
    expect(await accounts.logIn({ email: 'nobody@example.com', password: PASSWORD })).toEqual({ ok: false, reason: 'bad_credentials' })
    expect(calls.verifyNobody).toBe(before + 1)
  })
})

describe('logOut, changeLanguage, changePassword', () => {
  test('logOut deletes the session and reports the user changed (cached sessions must go)', async () => {
    const result = await signUp('barbara@example.com')
    if (!result.ok) throw new Error('expected a new account')
    changed.length = 0
    await accounts.logOut(result.session.token, result.user.id)
    expect(await repos.sessions.findUserByToken(result.session.token)).toBeNull()
    expect(changed).toEqual([result.user.id])
  })

  test('changeLanguage saves it and reports the change', async () => {
    const result = await signUp('edsger@example.com')
    if (!result.ok) throw new Error('expected a new account')
    changed.length = 0
    await accounts.changeLanguage(result.user.id, 'es')
    expect((await repos.users.findById(result.user.id))?.language).toBe('es')
    expect(changed).toEqual([result.user.id])
  })

  test('changePassword needs the current password; it ends every other session and keeps this one', async () => {
    const result = await signUp('margaret@example.com')
    if (!result.ok) throw new Error('expected a new account')
    const other = await accounts.logIn({ email: 'margaret@example.com', password: PASSWORD })
    if (!other.ok) throw new Error('expected a second session')
    changed.length = 0

    expect(
      await accounts.changePassword(result.user.id, result.session.token, {
        currentPassword: 'wrong one',
        newPassword: 'a new long password',
      }),
    ).toEqual({ ok: false })
    expect(changed).toEqual([])
    expect(await repos.sessions.findUserByToken(other.session.token)).not.toBeNull()

    expect(
      await accounts.changePassword(result.user.id, result.session.token, {
        currentPassword: PASSWORD,
        newPassword: 'a new long password',
      }),
    ).toEqual({ ok: true })
    expect(changed).toEqual([result.user.id])
    expect(await repos.sessions.findUserByToken(other.session.token)).toBeNull()
    expect(await repos.sessions.findUserByToken(result.session.token)).not.toBeNull()
    expect((await accounts.logIn({ email: 'margaret@example.com', password: PASSWORD })).ok).toBe(false)
    expect((await accounts.logIn({ email: 'margaret@example.com', password: 'a new long password' })).ok).toBe(true)
  })
})
