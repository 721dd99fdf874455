import type { Context } from 'hono'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { matchesIfNoneMatch } from '../cache/http-rules.ts'
import { pickEncoding } from '../http/negotiate.ts'

type Bytes = Uint8Array<ArrayBuffer>

/** Not 11: that costs start-up ~50 ms a document for ~9 % fewer bytes (docs/measurements.md, "The API document"). */
const BROTLI_QUALITY = 9

// Browsers revalidate (max-age=0) so a new build's document shows at once; the ETag makes that a 304.
// Public: the same bytes for everyone, so shared caches may keep them.
const CACHE_CONTROL = 'public, max-age=0'

/**
 * A response that never changes while the process runs, hashed and compressed once at start-up,
 * then answered by Accept-Encoding with a strong ETag per encoding.
 */
export const precompressed = (text: string, contentType: string) => {
  const identity: Bytes = new Uint8Array(new TextEncoder().encode(text))
  const hash = new Bun.CryptoHasher('sha256').update(identity).digest('base64url').slice(0, 22)
  const bodies = {
    identity,
    br: new Uint8Array(
      brotliCompressSync(identity, {
        params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength },
      }),
    ),
    gzip: new Uint8Array(gzipSync(identity, { level: 9 })),
  }
  const etags = { identity: `"${hash}"`, br: `"${hash}-br"`, gzip: `"${hash}-gz"` }
  const allEtags = Object.values(etags)
  return (c: Context) => {
    const encoding = pickEncoding(c.req.header('Accept-Encoding'), { br: true, gzip: true })
    const headers: Record<string, string> = { 'Cache-Control': CACHE_CONTROL, Vary: 'Accept-Encoding', ETag: etags[encoding] }
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), allEtags)) return c.body(null, 304, headers)
    const body = bodies[encoding]
    return c.body(body, 200, { ...headers, 'Content-Type': contentType, 'Content-Length': String(body.byteLength) })
  }
}
