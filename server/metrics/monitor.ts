/**
 * Request monitoring's part of a request: HTTP metrics, `Server-Timing` and the slow-request log,
 * from the same two clock reads and one route lookup. `server/http/request-record.ts` calls these
 * hooks from its one middleware (with the request id and the access line), so monitoring costs no
 * async frame of its own in Hono's chain: two frames were most of the price of doing these jobs in
 * two middlewares (see `bun scripts/bench-metrics.ts`). The rest of the request runs inside
 * `withRequestTiming`, so calls made for it record their phases without being handed `c`.
 */
import type { Context } from 'hono'
import type { Logger } from '../log.ts'
import type { HttpMetrics } from './http.ts'
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

export type RequestMonitor = {
  readonly http: HttpMetrics
  /** The clock every duration of a request is read from (metrics, Server-Timing, access line). */
  readonly now: () => number
  /** Before the rest of the request: its timing, and one more request in flight. */
  begin(c: Context): RequestTiming
  /** Runs the rest of the request with `timing` as the recorder of its phases. */
  run<T>(timing: RequestTiming, next: () => T): T
  /** After it: one fewer in flight, `Server-Timing`, the slow log; returns the route label for the metrics. */
  end(c: Context, timing: RequestTiming, totalMs: number): string
}

export const createRequestMonitor = (options: RequestMonitorOptions): RequestMonitor => {
  if (!(options.slowRequestMs > 0)) throw new TypeError('slowRequestMs must be > 0')
  const { http } = options
  const routeOf = options.routeOf ?? routeTemplate
  const now = options.now ?? (() => performance.now())
  const inFlight = http.inFlight
  return {
    http,
    now,
    begin(c) {
      const timing = new RequestTiming(now)
      c.set('timing', timing)
      inFlight.value++
      return timing
    },
    run: withRequestTiming,
    end(c, timing, totalMs) {
      inFlight.value--
      const route = routeOf(c)
      finishTiming(c, timing, totalMs, options, () => route)
      return route
    },
  }
}
