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

/**
 * The ETag only has to change when the bytes do: a 64-bit non-cryptographic hash (xxHash3, 0.8 µs
 * on an 8 KB page against 17 µs for SHA-256) makes a false match of two versions of one URL a 2^-64
 * chance, and nothing trusts it beyond revalidation. Seedless, so every replica names a page alike;
 * Bun hashes a string as its UTF-8 bytes (page-response.test.ts holds both).
 */
const hashHtml = (html: string) => Bun.hash.xxHash3(html).toString(36)

/** The renderer hands every page with the same islands the same preload array: its header is built once. */
const linkHeaders = new WeakMap<readonly string[], string>()
const linkHeader = (preload: readonly string[]) => {
  let link = linkHeaders.get(preload)
  if (link === undefined) linkHeaders.set(preload, (link = preload.map((href) => `<${href}>; rel=modulepreload`).join(', ')))
  return link
}

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
  const { html } = page
  const hash = hashHtml(html)
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
  if (page.preload.length) headers.Link = linkHeader(page.preload)
  if (status === 200 && matchesIfNoneMatch(c.req.header('If-None-Match'), [`"${hash}"`, `"${hash}-br"`, `"${hash}-gz"`])) {
    return c.body(null, 304, headers)
  }
  headers['Content-Type'] = 'text/html; charset=utf-8'
  // Identity goes out as the string: Bun writes it as UTF-8 itself, and encoding it here first
  // (an 8 KB copy, and a Uint8Array for the GC) cost more than rendering a page of fragments.
  let body: string | Uint8Array<ArrayBuffer> = html
  // A personal page is compressed on every request: brotli 1 takes 23 µs on a 7 KB page against
  // 64 µs at quality 4, for 2,036 vs 1,819 bytes (measured here). A page for everyone lands in the
  // page cache and is compressed once, so it gets the smaller bytes (quality 5: 1,688 B).
  if (encoding === 'br') {
    const identity = encoder.encode(html)
    const params = { [constants.BROTLI_PARAM_QUALITY]: personal ? 1 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength }
    body = new Uint8Array(brotliCompressSync(identity, { params }))
  } else if (encoding === 'gzip') body = new Uint8Array(gzipSync(encoder.encode(html), { level: personal ? 4 : 6 }))
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding
  headers['Content-Length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength)
  return c.body(body, status, headers)
}
