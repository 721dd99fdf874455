/**
 * What the sign-in, sign-up and password forms and their JSON twins share: the session cookie,
 * and one attempt policy (a budget per client address and one per e-mail), so the two ways in
 * cannot drift apart.
 */
import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import type { NewSession } from '../db/index.ts'
import { cookieNames } from './cookie-names.ts'
import type { RateLimiter } from './rate-limit.ts'
import { SESSION_TTL_MS } from './session.ts'

export const setSessionCookie = (c: Context, session: NewSession, secure: boolean) =>
  setCookie(c, cookieNames(secure).session, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  })

export const clearSessionCookie = (c: Context, secure: boolean) => deleteCookie(c, cookieNames(secure).session, { path: '/', secure })

export type AttemptOutcome = { allowed: true } | { allowed: false; retryAfterSec: number }

/**
 * Counts one attempt against this client's and this e-mail's budgets. Refused: `Retry-After` is
 * set on the response, and the caller answers 429 in its own form (problem+json or the page).
 */
export const takeSignInAttempt = (c: Context, limiter: RateLimiter, clientIp: string, email: string): AttemptOutcome => {
  for (const key of [`ip:${clientIp}`, `email:${email}`]) {
    const result = limiter.hit(key)
    if (!result.allowed) {
      c.header('Retry-After', String(result.retryAfterSec))
      return { allowed: false, retryAfterSec: result.retryAfterSec }
    }
  }
  return { allowed: true }
}
