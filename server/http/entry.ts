import type { Server } from 'bun'

/** When Bun.serve's own URL is unknown (a test calling serve() without a server). */
const FALLBACK_ORIGIN = 'http://localhost'

/**
 * The request with an absolute URL. HTTP/1.0 may leave out Host, and Bun then hands over the bare
 * request target (`/healthz`) as the URL, which Hono and the front door cut wrongly. Such a request
 * is served against this server's own origin, as RFC 9112 §3.3 allows for a missing authority.
 * HTTP/1.1 without Host never gets here: Bun answers 400 itself (RFC 9112 §3.2).
 */
export const withAbsoluteUrl = (request: Request, server?: Pick<Server<unknown>, 'url'>): Request =>
  request.url.startsWith('/') ? new Request(new URL(request.url, server?.url ?? FALLBACK_ORIGIN), request) : request

/**
 * What the app gets as its env: Hono's getConnInfo finds the socket by request object, and the
 * object Bun handed over is the only one it knows. Both the URL fix above and the body limit
 * (re-reading a chunked body) replace it, so the lookup is pinned to the original.
 */
export const connectionEnv = (server: Pick<Server<unknown>, 'requestIP'>, request: Request) => ({
  server: { requestIP: () => server.requestIP(request) },
})
