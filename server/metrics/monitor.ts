/**
 * The one middleware the app mounts for request monitoring: HTTP metrics, `Server-Timing` and the
 * slow-request log, from the same two clock reads and one route lookup.
 *
 * Doing those jobs in two middlewares costs two async frames in Hono's middleware chain, which is
 * most of their price (see `bun scripts/bench-metrics.ts`). The rest of the request runs inside
 * `withRequestTiming`, so calls made for it record their phases without being handed `c`.
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { Logger } from '../log.ts'
import { declaredLength, type HttpMetrics } from './http.ts'
import { routeTemplate } from './route.ts'
import { withRequestTiming } from './phases.ts'
import { finishTiming, RequestTiming } from './server-timing.ts'

export interface RequestMonitorOptions {
  http: HttpMetrics
  logger: Logger
  /** SLOW_REQUEST_MS: a request at least this long logs one `slow request` line. */
  slowRequestMs: number
  /** The route label (metrics and slow log). @default routeTemplate */
  routeOf?: (c: Context) => string
  /** Responses without `Server-Timing` (static assets). @default none */
  skipHeader?: (c: Context) => boolean
  /** @default performance.now */
  now?: () => number
}

/**
 * Mount it right after `requestId()`, before everything else, so its time covers the rest.
 *
 * @example
 * app.use(requestId())
 * app.use(requestMonitor({ http: createHttpMetrics(registry), logger, slowRequestMs: config.SLOW_REQUEST_MS,
 *   skipHeader: (c) => c.req.path.startsWith('/assets/') }))
 */
export const requestMonitor = (options: RequestMonitorOptions): MiddlewareHandler => {
  if (!(options.slowRequestMs > 0)) throw new TypeError('slowRequestMs must be > 0')
  const { http } = options
  const routeOf = options.routeOf ?? routeTemplate
  const now = options.now ?? (() => performance.now())
  const inFlight = http.inFlight
  return async function monitorRequest(c, next) {
    const startedAt = now()
    const timing = new RequestTiming(now)
    c.set('timing', timing)
    inFlight.value++
    try {
      await withRequestTiming(timing, next)
    } finally {
      inFlight.value--
      const totalMs = now() - startedAt
      const route = routeOf(c)
      http.record(c.req.method, route, c.res.status, totalMs, declaredLength(c.res))
      finishTiming(c, timing, totalMs, options, () => route)
    }
  }
}
