import { z } from 'zod'
import { languageSchema } from '../ai/storyboard.ts'
import type { NewSession, SessionRepo, UserRepo } from '../db/index.ts'
import type { User } from '../db/model.ts'
import type { PasswordHasher } from './password.ts'

export const emailSchema = z
  .email('Enter a valid email address.')
  .max(254)
  .transform((email) => email.trim().toLowerCase())
/** Length is what makes a password strong; no composition rules (NIST SP 800-63B). */
export const newPasswordSchema = z.string().min(10, 'Use at least 10 characters.').max(200, 'Use at most 200 characters.')

export const signUpSchema = z.object({ email: emailSchema, password: newPasswordSchema, language: languageSchema.default('en') })
export const logInSchema = z.object({ email: emailSchema, password: z.string().min(1, 'Enter your password.').max(200) })
export const changePasswordSchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: newPasswordSchema })

export type SignUpInput = z.infer<typeof signUpSchema>
export type LogInInput = z.infer<typeof logInSchema>

export type AccountsDeps = {
  users: UserRepo
  sessions: SessionRepo
  hasher: PasswordHasher
  sessionTtlMs: number
  /** Called after a change that cached user context must not outlive (language, password, logout). */
  onUserChanged?: (userId: string) => void | Promise<void>
}

/** Sign-up, log-in, log-out and account changes. Results are values; the HTTP layer maps them. */
export const createAccounts = ({ users, sessions, hasher, sessionTtlMs, onUserChanged }: AccountsDeps) => ({
  async signUp(input: SignUpInput): Promise<{ ok: true; user: User; session: NewSession } | { ok: false; reason: 'email_taken' }> {
    const user = await users.create({ email: input.email, passwordHash: await hasher.hash(input.password), language: input.language })
    if (!user) return { ok: false, reason: 'email_taken' }
    return { ok: true, user, session: await sessions.create(user.id, sessionTtlMs) }
  },

  async logIn(input: LogInInput): Promise<{ ok: true; user: User; session: NewSession } | { ok: false; reason: 'bad_credentials' }> {
    const found = await users.findByEmail(input.email)
    const valid = found ? await hasher.verify(input.password, found.passwordHash) : await hasher.verifyNobody(input.password)
    if (!found || !valid) return { ok: false, reason: 'bad_credentials' }
    const { passwordHash: _, ...user } = found
    return { ok: true, user, session: await sessions.create(user.id, sessionTtlMs) }
  },

  /** Read from the database on every call, so a grant or a revocation counts at once, whatever sessions have cached. */
  async isAdmin(userId: string): Promise<boolean> {
    return (await users.findRole(userId)) === 'admin'
  },

  /** The operator's command: a new account that is an admin from the start. */
  async createAdmin(input: {
    email: string
    password: string
    language?: User['language']
  }): Promise<{ ok: true; user: User } | { ok: false; reason: 'email_taken' }> {
    const user = await users.create({
      email: input.email,
      passwordHash: await hasher.hash(input.password),
      language: input.language ?? 'en',
      role: 'admin',
    })
    return user ? { ok: true, user } : { ok: false, reason: 'email_taken' }
  },

  /** The operator's command for an existing account. */
  async grantAdmin(email: string): Promise<{ ok: true; user: User } | { ok: false; reason: 'no_account' }> {
    const user = await users.updateRoleByEmail(email, 'admin')
    if (!user) return { ok: false, reason: 'no_account' }
    await onUserChanged?.(user.id)
    return { ok: true, user }
  },

  async logOut(token: string, userId: string) {
    await sessions.delete(token)
    await onUserChanged?.(userId)
  },

  async changeLanguage(userId: string, language: User['language']) {
    await users.updateLanguage(userId, language)
    await onUserChanged?.(userId)
  },

  /** Other sessions end (a stolen cookie stops working); the current one stays signed in. */
  async changePassword(userId: string, currentToken: string, input: z.infer<typeof changePasswordSchema>): Promise<{ ok: boolean }> {
    const hash = await users.findPasswordHash(userId)
    if (!hash || !(await hasher.verify(input.currentPassword, hash))) return { ok: false }
    await users.updatePasswordHash(userId, await hasher.hash(input.newPassword))
    await sessions.deleteAllForUser(userId, { exceptToken: currentToken })
    await onUserChanged?.(userId)
    return { ok: true }
  },
})

export type Accounts = ReturnType<typeof createAccounts>
