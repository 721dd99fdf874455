import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../log.ts'
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

/** The one shape of the access-log line, for the middleware and the front door alike. */
export const writeAccessLine = (logger: Logger, line: AccessLine) =>
  logger.info('request', { ...line, durationMs: Math.round(line.durationMs * 100) / 100 })

/** The Content-Length of a response, as a number, or null when it is not known up front. */
export const bodyBytes = (response: Response): number | null => {
  const length = response.headers.get('content-length')
  return length === null ? null : Number(length)
}

/** One structured line per request (see AccessLine). */
export const accessLog = (logger: Logger): MiddlewareHandler<AppEnv> =>
  async function logRequest(c, next) {
    const startedAt = performance.now()
    c.set('startedAt', startedAt)
    await next()
    writeAccessLine(logger, {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: performance.now() - startedAt,
      bytes: bodyBytes(c.res),
    })
  }
