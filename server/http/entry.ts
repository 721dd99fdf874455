import type { Server } from 'bun'
import type { ExecutionContext } from 'hono'

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

/** Bun.serve hands its fetch the server; app.request() hands Hono's its env (usually none). */
const isBunServer = (value: unknown): value is Server<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as Server<unknown>).requestIP === 'function' && 'pendingRequests' in value

type Dispatch = (request: Request, env?: unknown, executionCtx?: ExecutionContext) => Response | Promise<Response>

/**
 * The one way in, for Bun.serve and every test client alike (Hono's app.request() calls it too):
 * the URL made absolute, the front door, then Hono's own dispatcher.
 */
export const corridor =
  (frontDoor: (request: Request) => Response | undefined, honoFetch: Dispatch): Dispatch =>
  (received, serverOrEnv, executionCtx) => {
    const server = isBunServer(serverOrEnv) ? serverOrEnv : undefined
    const request = withAbsoluteUrl(received, server)
    return frontDoor(request) ?? honoFetch(request, server ? connectionEnv(server, received) : serverOrEnv, executionCtx)
  }
