import { splitUrl } from '../cache/http-rules.ts'
import type { Logger } from '../log.ts'
import { bodyBytes, writeAccessLine } from './access-log.ts'

/** A cached route the front door may answer: its template (for metrics), path test and cache lookup. */
export type FrontRoute = { template: string; matches: (path: string) => boolean; peek: (request: Request) => Response | undefined }

/** Counts a request the app never saw (the HTTP metrics' record). */
export type RecordRequest = (method: string, route: string, status: number, durationMs: number, bytes: number | null) => void

/**
 * Answers fresh page-cache hits before the request reaches Hono, so a hit does as little as
 * possible (docs/measurements.md, HTTP serving: Hono plus a few middlewares costs 30-40 % of raw
 * throughput). Anything else (a miss, a stale entry, credentials) returns undefined and takes the
 * normal way. A hit still gets a request id, the access-log line (written by access-log.ts, as for
 * any request) and its request metrics.
 */
export const createFrontDoor = (routes: readonly FrontRoute[], { logger, record }: { logger: Logger; record?: RecordRequest }) =>
  function frontDoor(request: Request): Response | undefined {
    const started = performance.now()
    const { path } = splitUrl(request.url)
    const route = routes.find((candidate) => candidate.matches(path))
    const response = route?.peek(request)
    if (!response) return undefined
    const requestId = crypto.randomUUID()
    const bytes = bodyBytes(response)
    const durationMs = performance.now() - started
    // The stored headers already say `Server-Timing: cache;desc=HIT`; only the id is per request.
    response.headers.set('x-request-id', requestId)
    record?.(request.method, route!.template, response.status, durationMs, bytes)
    writeAccessLine(logger, { requestId, method: request.method, path, status: response.status, durationMs, bytes, cache: 'front' })
    return response
  }

export type FrontDoor = ReturnType<typeof createFrontDoor>
