import type { MiddlewareHandler } from 'hono'
import { matchesIfNoneMatch } from '../cache/http-rules.ts'
import { pickEncoding } from '../http/negotiate.ts'
import type { LoadedAsset } from './load.ts'
import { ROUTE_LABEL } from '../metrics/route.ts'
import { parseRange } from './range.ts'

/**
 * Serves the in-memory asset table: precompressed bytes chosen by Accept-Encoding, strong ETags,
 * 304s, HEAD and single byte ranges. Paths not in the table fall through to the next handler.
 */
export const serveAssets = (assets: Map<string, LoadedAsset>, options: { headers?: Record<string, string> } = {}): MiddlewareHandler => {
  const extraHeaders = options.headers ?? {}
  return async function serveAsset(c, next) {
    // Hono answers HEAD by running the GET route and dropping the body, headers intact.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const asset = assets.get(c.req.path)
    if (!asset) return next()
    // One metrics label for every static file, however many there are.
    c.set(ROUTE_LABEL, 'static')

    const headers: Record<string, string> = {
      ...extraHeaders,
      'Content-Type': asset.contentType,
      'Cache-Control': asset.cacheControl,
      Vary: 'Accept-Encoding',
      'Accept-Ranges': 'bytes',
    }
    const range = c.req.header('Range')
    const ifRange = c.req.header('If-Range')
    // Ranges address the identity bytes; an If-Range for another version means "send it all".
    const useRange = range !== undefined && (ifRange === undefined || ifRange === asset.etag.identity)
    const encoding = useRange ? 'identity' : pickEncoding(c.req.header('Accept-Encoding'), { br: !!asset.br, gzip: !!asset.gzip })
    const body = encoding === 'identity' ? asset.identity : asset[encoding]!
    headers.ETag = asset.etag[encoding]
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding

    if (matchesIfNoneMatch(c.req.header('If-None-Match'), asset.allEtags)) {
      delete headers['Content-Type']
      return c.body(null, 304, headers)
    }
    if (useRange) {
      const parsed = parseRange(range, body.byteLength)
      if (parsed === 'unsatisfiable') {
        return c.body(null, 416, { ...headers, 'Content-Range': `bytes */${body.byteLength}` })
      }
      if (parsed) {
        const slice = body.subarray(parsed.start, parsed.end + 1)
        headers['Content-Range'] = `bytes ${parsed.start}-${parsed.end}/${body.byteLength}`
        headers['Content-Length'] = String(slice.byteLength)
        return c.body(slice, 206, headers)
      }
    }
    headers['Content-Length'] = String(body.byteLength)
    return c.body(body, 200, headers)
  }
}
