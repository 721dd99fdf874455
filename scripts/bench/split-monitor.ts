/**
 * The request monitor's two jobs as two middlewares, kept only so `bench-metrics.ts` can show what
 * doing them apart would cost (two async frames instead of one). The app mounts server/http/request-record.ts.
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { Logger } from '../../server/log.ts'
import { declaredLength, type HttpMetrics } from '../../server/metrics/http.ts'
import { routeTemplate } from '../../server/metrics/route.ts'
import { finishTiming, RequestTiming } from '../../server/metrics/server-timing.ts'

/** HTTP metrics alone: count, latency, bytes and in-flight, as the request monitor records them. */
export const httpMetrics = (metrics: HttpMetrics): MiddlewareHandler => {
  const inFlight = metrics.inFlight
  return async function recordHttpMetrics(c, next) {
    const startedAt = performance.now()
    inFlight.value++
    try {
      await next()
    } finally {
      inFlight.value--
      metrics.record(c.req.method, routeTemplate(c), c.res.status, performance.now() - startedAt, declaredLength(c.res))
    }
  }
}

/** `Server-Timing` and the slow-request log alone. */
export const serverTiming = (options: { logger: Logger; slowRequestMs: number }): MiddlewareHandler =>
  async function recordServerTiming(c: Context, next) {
    const startedAt = performance.now()
    const timing = new RequestTiming()
    c.set('timing', timing)
    await next()
    finishTiming(c, timing, performance.now() - startedAt, options, () => routeTemplate(c))
  }
