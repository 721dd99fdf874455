import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../http/env.ts'
import { HttpError, fieldErrors } from '../http/errors.ts'
import { setRateLimitHeaders, type RateLimiter } from '../http/rate-limit.ts'
import type { ApiRouteDoc } from './route-doc.ts'
import { EXPOSITION_CONTENT_TYPE, metricsAccess, RUM_MAX_BODY_BYTES, rumReportSchema, type Monitoring } from '../metrics/index.ts'

export type MetricsApiDeps = {
  monitoring: Monitoring
  /** METRICS_TOKEN: when set, only `Authorization: Bearer <token>` may scrape. */
  metricsToken?: string
  /** The socket's address (loopback check when there is no token). */
  remoteAddress: (c: Context) => string
  /** Vitals reports per client address. */
  rumLimiter: RateLimiter
  clientIp: (c: Context) => string
}

/** The JSON route below, for the OpenAPI document (/metrics is Prometheus text, not the API). */
export const metricsRouteDocs: readonly ApiRouteDoc[] = [
  {
    method: 'post',
    path: '/api/rum',
    summary: "Report a page view's web vitals (what navigator.sendBeacon sends; only with metrics on)",
    tag: 'monitoring',
    body: rumReportSchema,
    bodyContentTypes: ['application/json', 'text/plain'],
    responses: {
      204: 'Recorded.',
      400: 'The body is not valid JSON.',
      403: 'Sent from another site.',
      413: `Larger than ${RUM_MAX_BODY_BYTES} bytes.`,
      422: 'Some fields are invalid (errors[] names them).',
      429: 'Too many reports from this address.',
    },
  },
]

/**
 * GET /metrics (Prometheus text, for scrapers; anyone else gets the same 404 as a missing page) and
 * POST /api/rum (browser vitals, sent with navigator.sendBeacon).
 */
export const metricsRoutes = ({ monitoring, metricsToken, remoteAddress, rumLimiter, clientIp }: MetricsApiDeps) => {
  const mayScrape = metricsAccess({ token: metricsToken, remoteAddress })
  return new Hono<AppEnv>()
    .get('/metrics', (c) => {
      if (!mayScrape(c)) return c.notFound()
      return c.body(monitoring.exposition(), 200, { 'Content-Type': EXPOSITION_CONTENT_TYPE, 'Cache-Control': 'no-store' })
    })
    .post(
      '/api/rum',
      bodyLimit({
        maxSize: RUM_MAX_BODY_BYTES,
        onError: () => {
          throw new HttpError(413, 'Payload Too Large', `A vitals report is at most ${RUM_MAX_BODY_BYTES} bytes.`)
        },
      }),
      async (c) => {
        // Outside the CSRF middleware (sendBeacon cannot send its header), so other sites are refused
        // here: their pages must not fill our vitals with numbers of their choosing.
        const site = c.req.header('Sec-Fetch-Site')
        if (site !== undefined && site !== 'same-origin') throw new HttpError(403, 'Forbidden', 'Cross-site vitals reports are refused.')
        const limit = await rumLimiter.hit(clientIp(c))
        setRateLimitHeaders(c, rumLimiter, limit)
        if (!limit.allowed) throw new HttpError(429, 'Too Many Requests', 'Too many vitals reports.')
        // sendBeacon sends text/plain (no CORS preflight); the body is JSON either way.
        let body: unknown
        try {
          body = JSON.parse(await c.req.text())
        } catch {
          throw new HttpError(400, 'Malformed JSON', 'The body is not valid JSON.')
        }
        const report = rumReportSchema.safeParse(body)
        if (!report.success)
          throw new HttpError(422, 'Invalid vitals report', 'Some fields are invalid.', { errors: fieldErrors(report.error) })
        monitoring.rum.record(report.data)
        return c.body(null, 204)
      },
    )
}
