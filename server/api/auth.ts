import { Hono, type Context } from 'hono'
import { setCookie, deleteCookie } from 'hono/cookie'
import { z } from 'zod'
import { languageSchema } from '../ai/storyboard.ts'
import type { NewSession } from '../db/index.ts'
import type { User } from '../db/model.ts'
import { readJson } from '../http/body.ts'
import type { AppEnv } from '../http/env.ts'
import { HttpError } from '../http/errors.ts'
import type { RateLimiter } from '../http/rate-limit.ts'
import { cookieNames } from '../http/cookie-names.ts'
import { requireUser, SESSION_TTL_MS } from '../http/session.ts'
import { changePasswordSchema, logInSchema, signUpSchema, type Accounts } from '../services/accounts.ts'

export type AuthDeps = {
  accounts: Accounts
  /** Log-in attempts per client address and per email. */
  loginLimiter: RateLimiter
  /** Sign-ups per client address: looser than log-ins (an office shares one address), still bounded. */
  signupLimiter: RateLimiter
  /** The client's address, for rate limits. */
  clientIp: (c: Context) => string
  secureCookies: boolean
}

export const setSessionCookie = (c: Context, session: NewSession, secure: boolean) =>
  setCookie(c, cookieNames(secure).session, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  })

export const clearSessionCookie = (c: Context, secure: boolean) => deleteCookie(c, cookieNames(secure).session, { path: '/', secure })

/** Throws 429 when this client or this email has tried too often. */
export const checkLoginRate = (
  deps: Pick<AuthDeps, 'loginLimiter' | 'clientIp'>,
  c: Context,
  email: string,
  limiter = deps.loginLimiter,
) => {
  for (const key of [`ip:${deps.clientIp(c)}`, `email:${email}`]) {
    const result = limiter.hit(key)
    if (!result.allowed) {
      c.header('Retry-After', String(result.retryAfterSec))
      throw new HttpError(429, 'Too Many Requests', `Too many attempts. Try again in ${result.retryAfterSec} s.`)
    }
  }
}

const userJson = (user: User) => ({ id: user.id, email: user.email, language: user.language })

/** /api/auth: JSON sign-up, log-in, log-out and who-am-I. The HTML forms use the same services. */
export const authApi = (deps: AuthDeps) =>
  new Hono<AppEnv>()
    .post('/signup', async (c) => {
      const input = await readJson(c, signUpSchema)
      checkLoginRate(deps, c, input.email, deps.signupLimiter)
      const result = await deps.accounts.signUp(input)
      if (!result.ok)
        throw new HttpError(409, 'Conflict', 'That email already has an account.', {
          errors: [{ path: 'email', message: 'Already registered.' }],
        })
      setSessionCookie(c, result.session, deps.secureCookies)
      return c.json({ user: userJson(result.user), csrfToken: result.session.csrfToken }, 201)
    })
    .post('/login', async (c) => {
      const input = await readJson(c, logInSchema)
      checkLoginRate(deps, c, input.email)
      const result = await deps.accounts.logIn(input)
      if (!result.ok) throw new HttpError(401, 'Unauthorized', 'Email or password is not right.')
      setSessionCookie(c, result.session, deps.secureCookies)
      return c.json({ user: userJson(result.user), csrfToken: result.session.csrfToken })
    })
    .post('/logout', async (c) => {
      const session = c.get('session')
      if (session) await deps.accounts.logOut(session.token, session.user.id)
      clearSessionCookie(c, deps.secureCookies)
      return c.body(null, 204)
    })
    .get('/me', (c) => {
      const { user, csrfToken } = requireUser(c)
      return c.json({ user: userJson(user), csrfToken }, 200, { 'Cache-Control': 'private, no-store' })
    })

/** /api/account: the signed-in person's preferences and password. */
export const accountApi = (deps: AuthDeps) =>
  new Hono<AppEnv>()
    .patch('/', async (c) => {
      const { user } = requireUser(c)
      const { language } = await readJson(c, z.object({ language: languageSchema }))
      await deps.accounts.changeLanguage(user.id, language)
      return c.json({ user: { ...userJson(user), language } })
    })
    .post('/password', async (c) => {
      const session = requireUser(c)
      const input = await readJson(c, changePasswordSchema)
      checkLoginRate(deps, c, session.user.email)
      const result = await deps.accounts.changePassword(session.user.id, session.token, input)
      if (!result.ok)
        throw new HttpError(403, 'Forbidden', 'The current password is not right.', {
          errors: [{ path: 'currentPassword', message: 'Not right.' }],
        })
      return c.body(null, 204)
    })
