/**
 * What every request leaves behind, written here and nowhere else, whichever way it was answered:
 * its id (`X-Request-Id`), one access-log line and, with monitoring on, its HTTP metrics. The Hono
 * middleware and the front door (answering before Hono) both call this module, so the two paths
 * cannot drift apart in id rule, line shape or metric labels.
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { Logger } from '../log.ts'
import { declaredLength } from '../metrics/http.ts'
import type { RequestMonitor } from '../metrics/monitor.ts'
import type { AppEnv } from './env.ts'

export type AccessLine = {
  requestId: string
  method: string
  /** Never the query: it may carry tokens. */
  path: string
  status: number
  durationMs: number
  /** Body bytes when known without reading a stream. */
  bytes: number | null
  /** Set when a cache answered before the app ran (the front door). */
  cache?: 'front'
}

export const REQUEST_ID_HEADER = 'X-Request-Id'

/**
 * The request's id: the one a proxy in front already gave it (so its log and ours join), when it
 * is short and plain (letters, digits, `_`, `-`, `=`: nothing that could forge a log field), else
 * a new UUID. The rule of Hono's requestId(), which this replaces on both paths.
 */
export const requestIdOf = (headers: Headers): string => {
  const given = headers.get(REQUEST_ID_HEADER)
  return given && given.length <= 255 && !/[^\w\-=]/.test(given) ? given : crypto.randomUUID()
}

export type RequestRecord = ReturnType<typeof createRequestRecord>

/**
 * @param monitor request metrics, Server-Timing and the slow log (metrics/monitor.ts); absent with
 * METRICS_ENABLED=false, and then only the id and the access line are written.
 */
export const createRequestRecord = ({ logger, monitor }: { logger: Logger; monitor?: RequestMonitor }) => {
  const now = monitor?.now ?? (() => performance.now())
  const write = (line: AccessLine, route: string) => {
    monitor?.http.record(line.method, route, line.status, line.durationMs, line.bytes)
    // The line is this module's own object: rounded in place rather than copied.
    line.durationMs = Math.round(line.durationMs * 100) / 100
    logger.info('request', line)
  }

  /**
   * The app's first middleware: the id, then the rest of the request (inside monitoring's scope,
   * so its phases are timed), then the record. One async frame for all of it.
   */
  const middleware: MiddlewareHandler<AppEnv> = async function recordRequest(c, next) {
    const startedAt = now()
    const requestId = requestIdOf(c.req.raw.headers)
    c.set('requestId', requestId)
    c.set('startedAt', startedAt)
    // Before next(), so a response built with c.body() (a page-cache hit) carries it too.
    c.header(REQUEST_ID_HEADER, requestId)
    if (!monitor) {
      await next()
      return write(lineOf(c, requestId, now() - startedAt), '')
    }
    const timing = monitor.begin(c)
    let durationMs = 0
    let route = ''
    try {
      await monitor.run(timing, next)
    } finally {
      durationMs = now() - startedAt
      route = monitor.end(c, timing, durationMs)
    }
    write(lineOf(c, requestId, durationMs), route)
  }

  /**
   * A request the front door answered before Hono: `route` is the template it matched (the label
   * the app would have given it), `startedAt` read from `now` when the request arrived.
   */
  const answered = (request: Request, path: string, route: string, response: Response, startedAt: number) => {
    const requestId = requestIdOf(request.headers)
    response.headers.set(REQUEST_ID_HEADER, requestId)
    const durationMs = now() - startedAt
    write(
      { requestId, method: request.method, path, status: response.status, durationMs, bytes: declaredLength(response), cache: 'front' },
      route,
    )
  }

  return { middleware, answered, now }
}

const lineOf = (c: Context<AppEnv>, requestId: string, durationMs: number): AccessLine => ({
  requestId,
  method: c.req.method,
  path: c.req.path,
  status: c.res.status,
  durationMs,
  bytes: declaredLength(c.res),
})
