// The session cookie is named in the cache rules: the HTTP cache must recognise it to never share a signed-in response.
import { HOST_COOKIE_PREFIX, SESSION_COOKIE } from '../cache/index.ts'
import { PRE_SESSION_CSRF_COOKIE } from './csrf.ts'

export type CookieNames = {
  /** The session token. */
  session: string
  /** The double-submit form token before sign-in. */
  preSessionCsrf: string
}

/** The cookies' names in one mode: `__Host-` prefixed when they are Secure (see HOST_COOKIE_PREFIX). */
export const cookieNames = (secure: boolean): CookieNames => {
  const name = (base: string) => (secure ? `${HOST_COOKIE_PREFIX}${base}` : base)
  return { session: name(SESSION_COOKIE), preSessionCsrf: name(PRE_SESSION_CSRF_COOKIE) }
}
