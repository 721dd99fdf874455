import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { PERSON_HEADER } from '../../sw/protocol.ts'
import type { RenderedPage } from '../render/render.ts'
import type { AppEnv } from './env.ts'
import { matchesIfNoneMatch } from '../cache/http-rules.ts'
import { pickEncoding } from './negotiate.ts'
import { personMarker } from './person.ts'

/** Rendered pages are compressed on the fly: every encoding is available. */
export const ALL_ENCODINGS = { br: true, gzip: true } as const

export type HtmlStatus = ContentfulStatusCode

const encoder = new TextEncoder()

/**
 * Browsers revalidate pages on every use either way. A personal page is `private`; a page that is
 * the same for every anonymous visitor says `public, max-age=0`, which lets our own page cache (and a
 * CDN) keep it while browsers still revalidate (`no-cache` would forbid shared caches to reuse it).
 */
const cacheControlFor = (personal: boolean) => (personal ? 'private, no-cache' : 'public, max-age=0')

/**
 * What a page for everyone depends on besides its URL: the page cache keys on these (routes.ts)
 * and the page lists them in Vary. A personal page also varies by who is signed in (Cookie).
 */
export const PAGE_VARY = ['Accept-Encoding', 'Accept-Language'] as const
const PUBLIC_VARY = PAGE_VARY.join(', ')
const PERSONAL_VARY = `${PUBLIC_VARY}, Cookie`

const hashHtml = (identity: Uint8Array) => new Bun.CryptoHasher('sha256').update(identity).digest('base64url').slice(0, 22)

/**
 * The one writer of a rendered page's response, for every page and error page: Cache-Control and
 * Vary (from whether it is personal), a strong ETag per encoding (304 when the browser's copy is
 * current), and only the negotiated encoding is computed, and not even that on a 304. A page says
 * whose it is (the person header, for the service worker), 304s included, once the session has
 * been resolved. The page cache stores this response as it is, headers included, and replays it.
 */
export const sendRenderedPage = (
  c: Context<AppEnv>,
  page: RenderedPage,
  status: HtmlStatus = 200,
  options: { personal?: boolean } = {},
) => {
  const identity = encoder.encode(page.html)
  const hash = hashHtml(identity)
  const encoding = pickEncoding(c.req.header('Accept-Encoding'), ALL_ENCODINGS)
  const suffix = encoding === 'identity' ? '' : encoding === 'br' ? '-br' : '-gz'
  const personal = !!options.personal
  const headers: Record<string, string> = {
    'Cache-Control': cacheControlFor(personal),
    Vary: personal ? PERSONAL_VARY : PUBLIC_VARY,
    ETag: `"${hash}${suffix}"`,
  }
  const person = personMarker(c.get('session'))
  if (person) headers[PERSON_HEADER] = person
  if (page.preload.length) headers.Link = page.preload.map((href) => `<${href}>; rel=modulepreload`).join(', ')
  if (status === 200 && matchesIfNoneMatch(c.req.header('If-None-Match'), [`"${hash}"`, `"${hash}-br"`, `"${hash}-gz"`])) {
    return c.body(null, 304, headers)
  }
  headers['Content-Type'] = 'text/html; charset=utf-8'
  let body: Uint8Array<ArrayBuffer> = identity
  // A personal page is compressed on every request: brotli 1 takes 23 µs on a 7 KB page against
  // 64 µs at quality 4, for 2,036 vs 1,819 bytes (measured here). A page for everyone lands in the
  // page cache and is compressed once, so it gets the smaller bytes (quality 5: 1,688 B).
  if (encoding === 'br') {
    const params = { [constants.BROTLI_PARAM_QUALITY]: personal ? 1 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength }
    body = new Uint8Array(brotliCompressSync(identity, { params }))
  } else if (encoding === 'gzip') body = new Uint8Array(gzipSync(identity, { level: personal ? 4 : 6 }))
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding
  headers['Content-Length'] = String(body.byteLength)
  return c.body(body, status, headers)
}
