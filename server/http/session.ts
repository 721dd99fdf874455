import { getCookie } from 'hono/cookie'
import type { Context, MiddlewareHandler } from 'hono'
import type { User } from '../db/model.ts'
import type { AppEnv, SessionInfo } from './env.ts'
import { HttpError } from './errors.ts'

/** 30 days; every login starts a new session, logout ends it on the server too. */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000

export type LoadSession = (token: string) => Promise<{ user: User; csrfToken: string } | null>

/** Tokens are 43 base64url characters; anything else is not worth a database lookup. */
const TOKEN_SHAPE = /^[\w-]{20,100}$/

/**
 * Resolves the session cookie (if any) to the signed-in user: `c.get('session')`, null when anonymous.
 * `cookieName` is this mode's (cookieNames().session): under Secure cookies only the `__Host-` one counts.
 */
export const sessionMiddleware = (loadSession: LoadSession, cookieName: string): MiddlewareHandler<AppEnv> =>
  async function resolveSession(c, next) {
    const token = getCookie(c, cookieName)
    const found = token && TOKEN_SHAPE.test(token) ? await loadSession(token) : null
    c.set('session', found && token ? { token, ...found } : null)
    await next()
  }

/** The signed-in user, or a 401 for API calls. Pages redirect to the login page instead. */
export const requireUser = (c: Context<AppEnv>): SessionInfo => {
  const session = c.get('session')
  if (!session) throw new HttpError(401, 'Unauthorized', 'Sign in first.')
  return session
}
