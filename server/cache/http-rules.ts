/**
 * The rules that decide what the HTTP cache may store and serve, as small named predicates.
 * Each one closes a known way a shared cache leaks or gets poisoned; the tests name the attack.
 */

/** The session cookie (auth sets it): a request carrying it is a signed-in user's. */
export const SESSION_COOKIE = 'rs_session'

/**
 * Under Secure cookies (behind TLS) every cookie name carries this prefix: browsers then accept the
 * cookie only with Secure, Path=/ and no Domain, so neither a sibling subdomain nor a plain-HTTP
 * response can plant or overwrite it. The session cookie is recognised under either name.
 */
export const HOST_COOKIE_PREFIX = '__Host-'

const SESSION_COOKIE_PATTERN = new RegExp(`(?:^|;)\\s*(?:${HOST_COOKIE_PREFIX})?${SESSION_COOKIE}=`)

/** Does the request speak for a user (Authorization header or session cookie)? */
export const hasCredentials = (headers: Headers): boolean => {
  if (headers.has('authorization')) return true
  const cookie = headers.get('cookie')
  return cookie !== null && SESSION_COOKIE_PATTERN.test(cookie)
}

/**
 * Headers that make some frameworks and proxies route or treat a request differently from what
 * its URL says. They are not part of the key, so a request carrying one is never cached or served
 * from the cache (else one request could poison the entry everybody gets). `Range` is here too:
 * a partial response is not the representation the key names.
 */
export const BYPASS_REQUEST_HEADERS = [
  'x-original-url',
  'x-rewrite-url',
  'x-http-method-override',
  'x-http-method',
  'x-method-override',
  'range',
] as const

/**
 * Headers a proxy sets and an app may echo into the body (absolute URLs, redirects). They are
 * always part of the key: a forged `X-Forwarded-Host: evil.example` only ever reaches the entry
 * of requests that send the same value.
 */
export const KEYED_FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-forwarded-prefix',
  'x-forwarded-server',
  'x-host',
] as const

export const hasBypassHeader = (headers: Headers): boolean => {
  for (const name of BYPASS_REQUEST_HEADERS) if (headers.has(name)) return true
  return false
}

/**
 * Paths used for web cache deception: `/account/x.css` or `/account;.js` or `/account%2fx.png`
 * reach a dynamic handler that ignores the suffix, while a cache keyed on "static-looking" URLs
 * stores the victim's page for the attacker to fetch. Such paths are never cached here: no `;`,
 * no encoded `/`, `\`, `.`, `;` or NUL, no empty segments, and no file extension unless the route
 * declares it serves that extension.
 */
const NO_EXTENSIONS: ReadonlySet<string> = new Set()

export const isDeceptivePath = (path: string, allowedExtensions: ReadonlySet<string> = NO_EXTENSIONS): boolean => {
  if (path.includes(';') || path.includes('//') || path.includes('\\')) return true
  if (path.includes('%') && /%(?:2f|5c|2e|3b|00)/i.test(path)) return true
  const lastSegment = path.slice(path.lastIndexOf('/') + 1)
  if (!lastSegment.includes('.')) return false
  const extension = /\.([a-z0-9]{1,10})$/i.exec(lastSegment)?.[1]
  return extension !== undefined && !allowedExtensions.has(extension.toLowerCase())
}

/** Splits a request URL without a full URL parse: origin (scheme + host), path, query. */
export const splitUrl = (url: string): { origin: string; path: string; search: string } => {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2)
  if (pathStart === -1) return { origin: url, path: '/', search: '' }
  const queryStart = url.indexOf('?', pathStart)
  return queryStart === -1
    ? { origin: url.slice(0, pathStart), path: url.slice(pathStart), search: '' }
    : { origin: url.slice(0, pathStart), path: url.slice(pathStart, queryStart), search: url.slice(queryStart) }
}

/** Cache-Control directives that forbid a shared store (the Hono cache middleware's rule). */
const PRIVATE_DIRECTIVES = /(?:^|,)\s*(?:private|no-store|no-cache)\s*(?:=|,|$)/i
const NO_STORE_DIRECTIVE = /(?:^|,)\s*no-store\s*(?:,|$)/i

/**
 * Why a handler's response may not be stored, or undefined if it may. `keyedVary` holds the
 * request headers the key already covers; a response varying on anything else (or on `*`)
 * would be served to requests it does not fit.
 */
export const unstorableReason = (response: Response, options: { keyedVary: ReadonlySet<string>; perUser: boolean }): string | undefined => {
  if (response.status !== 200) return 'status'
  const headers = response.headers
  if (headers.has('set-cookie')) return 'set-cookie'
  const cacheControl = headers.get('cache-control')
  // A per-user entry may be `private` (it is not shared); nothing may be stored under `no-store`.
  if (cacheControl && (options.perUser ? NO_STORE_DIRECTIVE : PRIVATE_DIRECTIVES).test(cacheControl)) return 'cache-control'
  const vary = headers.get('vary')
  if (vary) {
    for (const name of vary.split(',')) {
      const header = name.trim().toLowerCase()
      if (header === '*') return 'vary'
      if (header && !options.keyedVary.has(header)) return 'vary'
    }
  }
  if (headers.get('content-type')?.startsWith('text/event-stream')) return 'stream'
  return undefined
}

const opaqueTag = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag)

/**
 * RFC 9110 If-None-Match (13.1.2): `*`, or a list of tags compared weakly (`W/"x"` matches `"x"`),
 * against the one or several ETags the resource has (one per encoding). The one implementation:
 * the page cache, assets, pages, posters and audio all answer 304 through it.
 */
export const matchesIfNoneMatch = (header: string | null | undefined, etags: string | readonly string[]): boolean => {
  if (!header) return false
  if (header.trim() === '*') return true
  const wanted = typeof etags === 'string' ? [opaqueTag(etags)] : etags.map(opaqueTag)
  return header.split(',').some((tag) => wanted.includes(opaqueTag(tag.trim())))
}
