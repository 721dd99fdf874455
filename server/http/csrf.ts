import { timingSafeEqual } from 'node:crypto'
import { getCookie } from 'hono/cookie'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'
import { readForm } from './body.ts'
import { HttpError } from './errors.ts'

export const CSRF_HEADER = 'X-CSRF-Token'
export const CSRF_FIELD = '_csrf'
/** Before sign-in there is no session to hold a token: forms use a double-submit cookie instead (named per mode by cookieNames()). */
export const PRE_SESSION_CSRF_COOKIE = 'rs_csrf'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

const equalTokens = (a: string | undefined, b: string | undefined) => {
  if (!a || !b || a.length !== b.length) return false
  const encoder = new TextEncoder()
  return timingSafeEqual(encoder.encode(a), encoder.encode(b))
}

const isForm = (c: Context) => /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(c.req.header('Content-Type') ?? '')

/** A browser tells where a request comes from; a request from another site is refused outright. */
const isCrossSite = (c: Context) => {
  const site = c.req.header('Sec-Fetch-Site')
  if (site) return site !== 'same-origin' && site !== 'none'
  const origin = c.req.header('Origin')
  if (!origin || origin === 'null') return origin === 'null'
  try {
    return new URL(origin).host !== c.req.header('Host')
  } catch {
    return true
  }
}

/**
 * CSRF protection for every unsafe request: cross-site requests are refused; with a session the
 * request must carry the session's token (header for fetch, `_csrf` field for forms); a form
 * posted before sign-in must match the pre-session cookie.
 */
export const csrfProtection = (options: { preSessionCookie: string }): MiddlewareHandler<AppEnv> =>
  async function checkCsrf(c, next) {
    if (SAFE_METHODS.has(c.req.method)) return next()
    if (isCrossSite(c)) throw new HttpError(403, 'Forbidden', 'Cross-site request refused.')
    const session = c.get('session')
    const form = isForm(c) ? await readForm(c) : undefined
    const submitted = c.req.header(CSRF_HEADER) ?? form?.[CSRF_FIELD]
    if (session) {
      if (!equalTokens(submitted, session.csrfToken))
        throw new HttpError(403, 'Forbidden', 'Missing or wrong CSRF token. Reload the page and try again.')
    } else if (form && !equalTokens(submitted, getCookie(c, options.preSessionCookie))) {
      throw new HttpError(403, 'Forbidden', 'This form has expired. Reload the page and try again.')
    }
    await next()
  }
