/**
 * What the sign-in, sign-up and password forms and their JSON twins share: the session cookie,
 * and one attempt policy (a budget per client address and one per e-mail), so the two ways in
 * cannot drift apart.
 */
import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import type { NewSession } from '../db/index.ts'
import { cookieNames } from './cookie-names.ts'
import { setRateLimitHeaders, type RateLimiter } from './rate-limit.ts'
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
 * Counts one attempt against this client's and this e-mail's budgets. The RateLimit headers say
 * the tighter of the two; refused, `Retry-After` is set too, and the caller answers 429 in its own
 * form (problem+json or the page).
 */
export const takeSignInAttempt = async (c: Context, limiter: RateLimiter, clientIp: string, email: string): Promise<AttemptOutcome> => {
  let tightest: Awaited<ReturnType<RateLimiter['hit']>> | undefined
  for (const key of [`ip:${clientIp}`, `email:${email}`]) {
    const result = await limiter.hit(key)
    if (!tightest || result.remaining < tightest.remaining) tightest = result
    if (!result.allowed) {
      setRateLimitHeaders(c, limiter, result)
      return { allowed: false, retryAfterSec: result.retryAfterSec }
    }
  }
  setRateLimitHeaders(c, limiter, tightest!)
  return { allowed: true }
}
