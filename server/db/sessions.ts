import type { Database } from './types.ts'
import { randomId, sha256Hex } from './ids.ts'
import type { Clock, User } from './model.ts'
import { toNumber, toUser, type DbInteger, type UserRow } from './rows.ts'

/** What the caller puts in the cookie (token) and in forms (csrfToken). Only the token's hash is stored. */
export interface NewSession {
  token: string
  csrfToken: string
  expiresAt: number
}

export interface ActiveSession {
  user: User
  csrfToken: string
  expiresAt: number
}

/** 256 bits each: the cookie token is a bearer credential. */
const TOKEN_BYTES = 32

/** Login sessions, keyed by SHA-256(token) so that a copy of the table holds no usable cookie. */
export const createSessionRepo = (db: Database, options: { now?: Clock } = {}) => {
  const now = options.now ?? Date.now

  return {
    async create(userId: string, ttlMs: number): Promise<NewSession> {
      const token = randomId(TOKEN_BYTES)
      const csrfToken = randomId(TOKEN_BYTES)
      const createdAt = now()
      const expiresAt = createdAt + ttlMs
      await db.query`
        INSERT INTO sessions (id, user_id, csrf_token, expires_at, created_at)
        VALUES (${sha256Hex(token)}, ${userId}, ${csrfToken}, ${expiresAt}, ${createdAt})`
      return { token, csrfToken, expiresAt }
    },

    /** @returns the signed-in user with the session's CSRF token, or null for an unknown or expired token */
    async findUserByToken(token: string): Promise<ActiveSession | null> {
      const [row] = await db.query<UserRow & { csrf_token: string; expires_at: DbInteger }>`
        SELECT u.*, s.csrf_token, s.expires_at
        FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ${sha256Hex(token)} AND s.expires_at > ${now()}`
      return row ? { user: toUser(row), csrfToken: row.csrf_token, expiresAt: toNumber(row.expires_at) } : null
    },

    /** Log out. @returns false when the token was unknown */
    async delete(token: string): Promise<boolean> {
      const rows = await db.query`DELETE FROM sessions WHERE id = ${sha256Hex(token)} RETURNING id`
      return rows.length > 0
    },

    /** Log out everywhere, e.g. after a password change, optionally keeping the current session. @returns how many were removed */
    async deleteAllForUser(userId: string, options: { exceptToken?: string } = {}): Promise<number> {
      const rows =
        options.exceptToken === undefined
          ? await db.query`DELETE FROM sessions WHERE user_id = ${userId} RETURNING id`
          : await db.query`DELETE FROM sessions WHERE user_id = ${userId} AND id <> ${sha256Hex(options.exceptToken)} RETURNING id`
      return rows.length
    },

    /** Housekeeping: expired rows are already ignored by findUserByToken. @returns how many were removed */
    async deleteExpired(): Promise<number> {
      const rows = await db.query`DELETE FROM sessions WHERE expires_at <= ${now()} RETURNING id`
      return rows.length
    },
  }
}

export type SessionRepo = ReturnType<typeof createSessionRepo>
