import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { Language } from '../db/model.ts'
import { cookieNames } from '../http/cookie-names.ts'
import type { AppEnv, SessionInfo } from '../http/env.ts'
import { messagesFor, negotiateLanguage, type Messages } from '../i18n/index.ts'

/** What every page needs to know about the request it renders. */
export type PageContext = {
  t: Messages
  lang: Language
  session: SessionInfo | null
  /** The token forms must carry (`_csrf`). */
  csrfToken: string
  path: string
  /**
   * The page holds something of this visitor's own (their data, or a form token): only their browser
   * may keep it. A shared cache handing one form token to many visitors would undo the double submit.
   * Absent: personal when signed in.
   */
  personal?: boolean
}

const randomToken = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url')

/**
 * Signed-in people get their preferred language; others the best match of Accept-Language.
 * Anonymous forms get a double-submit token, set as a cookie only when the page has a form.
 */
export const pageContext = (c: Context<AppEnv>, options: { secureCookies: boolean; needsFormToken?: boolean }): PageContext => {
  const session = c.get('session')
  const lang = session?.user.language ?? negotiateLanguage(c.req.header('Accept-Language'))
  const cookie = cookieNames(options.secureCookies).preSessionCsrf
  let csrfToken = session?.csrfToken ?? getCookie(c, cookie) ?? ''
  if (!session && options.needsFormToken && !csrfToken) {
    csrfToken = randomToken()
    setCookie(c, cookie, csrfToken, { path: '/', httpOnly: true, sameSite: 'Lax', secure: options.secureCookies, maxAge: 2 * 3600 })
  }
  return { t: messagesFor(lang), lang, session, csrfToken, path: c.req.path, personal: !!session || !!options.needsFormToken }
}

const THIS_SITE = 'http://this-site.invalid'

/** A path on this site as written: one leading `/`, not `//` or `/\` (both name another host). */
const looksLikeSitePath = (value: string) => value.startsWith('/') && value[1] !== '/' && value[1] !== '\\'

/**
 * A `next` target after sign-in: only paths on this site, never `//evil.example`. Resolved the way a
 * browser resolves a Location (which drops tabs and newlines, reads `\` as `/` and removes dot
 * segments, so `/\t/evil.example` and `/..//evil.example` are `//evil.example`), and returned in that
 * resolved form. The resolved form is checked again, until resolving changes nothing: what is
 * returned is exactly what was checked.
 */
export const safeNext = (value: string | undefined | null, fallback = '/') => {
  let candidate = value ?? ''
  // Each round either returns or strictly normalises; two rounds reach the fixed point in practice.
  for (let round = 0; round < 4; round++) {
    if (!looksLikeSitePath(candidate)) return fallback
    const url = URL.parse(candidate, THIS_SITE)
    if (url?.origin !== THIS_SITE) return fallback
    const resolved = url.pathname + url.search + url.hash
    if (resolved === candidate) return resolved
    candidate = resolved
  }
  return fallback
}
