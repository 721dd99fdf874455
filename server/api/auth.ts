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
import type { ApiRouteDoc } from './route-doc.ts'

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
const requireAttempt = async (deps: Pick<AuthDeps, 'clientIp'>, c: Context, limiter: RateLimiter, email: string) => {
  const outcome = await takeSignInAttempt(c, limiter, deps.clientIp(c), email)
  if (!outcome.allowed) throw new HttpError(429, 'Too Many Requests', `Too many attempts. Try again in ${outcome.retryAfterSec} s.`)
}

const userJson = (user: User) => ({ id: user.id, email: user.email, language: user.language })
const languageBody = z.object({ language: languageSchema })

const signedInAs = { description: '{ user: { id, email, language }, csrfToken }', contentType: 'application/json' }
const tooMany = { 429: 'Too many attempts from this address or for this email.' }
const signedIn = { 401: 'Not signed in.', 403: 'The CSRF header is missing or wrong.' }

/** What /api/auth and /api/account take and answer, for the OpenAPI document. */
export const authRouteDocs: readonly ApiRouteDoc[] = [
  {
    method: 'post',
    path: '/api/auth/signup',
    summary: 'Create an account and sign in (sets the session cookie)',
    tag: 'auth',
    body: signUpSchema,
    responses: { 201: signedInAs, 409: 'That email already has an account.', ...tooMany },
  },
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in (sets the session cookie)',
    tag: 'auth',
    body: logInSchema,
    responses: { 200: signedInAs, 401: 'Email or password is not right.', ...tooMany },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Sign out (clears the session cookie)',
    tag: 'auth',
    responses: { 204: 'Signed out.' },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    summary: 'Who is signed in, and the CSRF token for writes',
    tag: 'auth',
    signedIn: true,
    responses: { 200: signedInAs, 401: signedIn[401] },
  },
  {
    method: 'patch',
    path: '/api/account',
    summary: 'Change my language',
    tag: 'account',
    signedIn: true,
    body: languageBody,
    responses: { 200: { description: '{ user }', contentType: 'application/json' }, ...signedIn },
  },
  {
    method: 'post',
    path: '/api/account/password',
    summary: 'Change my password (other sessions end)',
    tag: 'account',
    signedIn: true,
    body: changePasswordSchema,
    responses: { 204: 'Changed.', ...signedIn, ...tooMany },
  },
]

/** /api/auth: JSON sign-up, log-in, log-out and who-am-I. The HTML forms use the same services. */
export const authApi = (deps: AuthDeps) =>
  new Hono<AppEnv>()
    .post('/signup', async (c) => {
      const input = await readJson(c, signUpSchema)
      await requireAttempt(deps, c, deps.signupLimiter, input.email)
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
      await requireAttempt(deps, c, deps.loginLimiter, input.email)
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
      const { language } = await readJson(c, languageBody)
      await deps.accounts.changeLanguage(user.id, language)
      return c.json({ user: { ...userJson(user), language } })
    })
    .post('/password', async (c) => {
      const session = requireUser(c)
      const input = await readJson(c, changePasswordSchema)
      await requireAttempt(deps, c, deps.loginLimiter, session.user.email)
      const result = await deps.accounts.changePassword(session.user.id, session.token, input)
      if (!result.ok)
        throw new HttpError(403, 'Forbidden', 'The current password is not right.', {
          errors: [{ path: 'currentPassword', message: 'Not right.' }],
        })
      return c.body(null, 204)
    })
