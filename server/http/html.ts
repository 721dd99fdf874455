import type { Context } from 'hono'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { RenderedPage } from '../render/render.ts'
import { matchesIfNoneMatch, pickEncoding } from './negotiate.ts'

/** A rendered page with its encodings and validators ready, so sending it decides almost nothing. */
export type PreparedHtml = {
  identity: Uint8Array<ArrayBuffer>
  br: Uint8Array<ArrayBuffer>
  gzip: Uint8Array<ArrayBuffer>
  etag: { identity: string; br: string; gzip: string }
  allEtags: string[]
  link: string | undefined
}

const encoder = new TextEncoder()

/**
 * `effort: 'max'` is for pages prepared once (at start-up or into a cache); per-request pages use
 * fast settings: brotli 4 is both smaller and quicker than gzip 9 on HTML.
 */
export const prepareHtml = (page: RenderedPage, effort: 'max' | 'fast' = 'fast'): PreparedHtml => {
  const identity = encoder.encode(page.html)
  const quality = effort === 'max' ? constants.BROTLI_MAX_QUALITY : 4
  const br = new Uint8Array(brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }))
  const gzip = new Uint8Array(gzipSync(identity, { level: effort === 'max' ? 9 : 6 }))
  const hash = new Bun.CryptoHasher('sha256').update(identity).digest('base64url').slice(0, 22)
  const etag = { identity: `"${hash}"`, br: `"${hash}-br"`, gzip: `"${hash}-gz"` }
  const link = page.preload.length ? page.preload.map((href) => `<${href}>; rel=modulepreload`).join(', ') : undefined
  return { identity, br, gzip, etag, allEtags: [etag.identity, etag.br, etag.gzip], link }
}

/** Sends a page: `no-cache` (always revalidate), ETag/304, and the encoding the client prefers. */
export const sendHtml = (c: Context, page: PreparedHtml, status: 200 | 404 | 500 | 403 = 200) => {
  const headers: Record<string, string> = { 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' }
  if (page.link) headers.Link = page.link
  const encoding = pickEncoding(c.req.header('Accept-Encoding'), { br: true, gzip: true })
  headers.ETag = page.etag[encoding]
  if (status === 200 && matchesIfNoneMatch(c.req.header('If-None-Match'), page.allEtags)) {
    return c.body(null, 304, headers)
  }
  headers['Content-Type'] = 'text/html; charset=utf-8'
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding
  const body = encoding === 'identity' ? page.identity : page[encoding]
  headers['Content-Length'] = String(body.byteLength)
  return c.body(body, status, headers)
}
