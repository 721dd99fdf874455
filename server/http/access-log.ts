import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../log.ts'
import type { AppEnv } from './env.ts'

/**
 * One structured line per request: method, path (never the query: it may carry tokens), status,
 * duration and body bytes (when known without reading a stream).
 */
export const accessLog = (logger: Logger): MiddlewareHandler<AppEnv> =>
  async function logRequest(c, next) {
    const startedAt = performance.now()
    c.set('startedAt', startedAt)
    await next()
    const length = c.res.headers.get('Content-Length')
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - startedAt) * 100) / 100,
      bytes: length === null ? null : Number(length),
    })
  }
