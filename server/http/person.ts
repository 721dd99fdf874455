import { ANONYMOUS_PERSON } from '../../sw/protocol.ts'

/**
 * The value of the person header (sw/protocol.ts) for a page: a hash of the session's CSRF token,
 * so it names one session without revealing the user, the token or the cookie. Anonymous pages
 * all say `anon`, which is what lets the page cache share them. Undefined when the session was never
 * resolved (an error before the session middleware, or in it): then the page says nothing of whose it is.
 */
export const personMarker = (session: { csrfToken: string } | null | undefined): string | undefined => {
  if (session === undefined) return undefined
  return session ? new Bun.CryptoHasher('sha256').update(`person:${session.csrfToken}`).digest('base64url').slice(0, 22) : ANONYMOUS_PERSON
}
