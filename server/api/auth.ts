import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { languageSchema } from '../ai/storyboard.ts'
import type { User } from '../db/model.ts'
import { readJson } from '../http/body.ts'
import type { AppEnv } from '../http/env.ts'
import { HttpError } from '../http/errors.ts'
import type { RateLimiter } from '../http/rate-limit.ts'
import { requireUser } from '../http/session.ts'
import { clearSessionCookie, setSessionCookie, takeSignInAttempt } from '../http/sign-in.ts'
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

/** The JSON routes' form of a refused attempt: 429 problem+json. */
const requireAttempt = (deps: Pick<AuthDeps, 'clientIp'>, c: Context, limiter: RateLimiter, email: string) => {
  const outcome = takeSignInAttempt(c, limiter, deps.clientIp(c), email)
  if (!outcome.allowed) throw new HttpError(429, 'Too Many Requests', `Too many attempts. Try again in ${outcome.retryAfterSec} s.`)
}

const userJson = (user: User) => ({ id: user.id, email: user.email, language: user.language })

/** /api/auth: JSON sign-up, log-in, log-out and who-am-I. The HTML forms use the same services. */
export const authApi = (deps: AuthDeps) =>
  new Hono<AppEnv>()
    .post('/signup', async (c) => {
      const input = await readJson(c, signUpSchema)
      requireAttempt(deps, c, deps.signupLimiter, input.email)
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
      requireAttempt(deps, c, deps.loginLimiter, input.email)
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
      requireAttempt(deps, c, deps.loginLimiter, session.user.email)
      const result = await deps.accounts.changePassword(session.user.id, session.token, input)
      if (!result.ok)
        throw new HttpError(403, 'Forbidden', 'The current password is not right.', {
          errors: [{ path: 'currentPassword', message: 'Not right.' }],
        })
      return c.body(null, 204)
    })
