import type { Database } from './types.ts'
import { randomId } from './ids.ts'
import type { Clock, Language, Role, User, UserWithPasswordHash } from './model.ts'
import { toUser, toUserWithPasswordHash, type UserRow } from './rows.ts'

export interface NewUser {
  email: string
  /** Already hashed (Bun.password, argon2id) by the caller; storage never sees a password. */
  passwordHash: string
  language: Language
  /** @default 'member'; only the operator's commands create an admin. */
  role?: Role
}

/** Accounts. Emails are unique ignoring ASCII case; lookups ignore case the same way. */
export const createUserRepo = (db: Database, options: { now?: Clock } = {}) => {
  const now = options.now ?? Date.now

  return {
    /** @returns the new user, or null when the email is already registered (in any letter case) */
    async create(user: NewUser): Promise<User | null> {
      const [row] = await db.query<UserRow>`
        INSERT INTO users (id, email, password_hash, language, role, created_at)
        VALUES (${randomId()}, ${user.email}, ${user.passwordHash}, ${user.language}, ${user.role ?? 'member'}, ${now()})
        ON CONFLICT DO NOTHING
        RETURNING *`
      return row ? toUser(row) : null
    },

    /** For logging in: the only lookup that returns the password hash. */
    async findByEmail(email: string): Promise<UserWithPasswordHash | null> {
      const [row] = await db.query<UserRow>`SELECT * FROM users WHERE lower(email) = lower(${email})`
      return row ? toUserWithPasswordHash(row) : null
    },

    async findById(id: string): Promise<User | null> {
      const [row] = await db.query<UserRow>`SELECT * FROM users WHERE id = ${id}`
      return row ? toUser(row) : null
    },

    /** For a password change, which must check the current password first. */
    async findPasswordHash(id: string): Promise<string | null> {
      const [row] = await db.query<Pick<UserRow, 'password_hash'>>`SELECT password_hash FROM users WHERE id = ${id}`
      return row?.password_hash ?? null
    },

    /** @returns false when there is no such user */
    async updateLanguage(id: string, language: Language): Promise<boolean> {
      const rows = await db.query`UPDATE users SET language = ${language} WHERE id = ${id} RETURNING id`
      return rows.length > 0
    },

    /** @returns the user with the new role, or null when no account has this email (in any letter case) */
    async updateRoleByEmail(email: string, role: Role): Promise<User | null> {
      const [row] = await db.query<UserRow>`UPDATE users SET role = ${role} WHERE lower(email) = lower(${email}) RETURNING *`
      return row ? toUser(row) : null
    },

    /** The role as stored now, not as a cached session remembers it; null when there is no such user. */
    async findRole(id: string): Promise<Role | null> {
      const [row] = await db.query<Pick<UserRow, 'role'>>`SELECT role FROM users WHERE id = ${id}`
      return row ? (row.role as Role) : null
    },

    /** @returns false when there is no such user. Revoking other sessions is the caller's call (sessions.deleteAllForUser). */
    async updatePasswordHash(id: string, passwordHash: string): Promise<boolean> {
      const rows = await db.query`UPDATE users SET password_hash = ${passwordHash} WHERE id = ${id} RETURNING id`
      return rows.length > 0
    },
  }
}

export type UserRepo = ReturnType<typeof createUserRepo>
