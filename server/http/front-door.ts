import { splitUrl } from '../cache/http-rules.ts'
import type { RequestRecord } from './request-record.ts'

/** A cached route the front door may answer: its template (the metrics label), path test and cache lookup. */
export type FrontRoute = { template: string; matches: (path: string) => boolean; peek: (request: Request) => Response | undefined }

/**
 * Answers fresh page-cache hits before the request reaches Hono, so a hit does as little as
 * possible (docs/measurements.md, HTTP serving: Hono plus a few middlewares costs 30-40 % of raw
 * throughput). Anything else (a miss, a stale entry, credentials) returns undefined and takes the
 * normal way. A hit still gets its request id, access-log line and metrics, from the same
 * request-record.ts as any request.
 */
export const createFrontDoor = (routes: readonly FrontRoute[], record: Pick<RequestRecord, 'answered' | 'now'>) =>
  function frontDoor(request: Request): Response | undefined {
    const started = record.now()
    const { path } = splitUrl(request.url)
    const route = routes.find((candidate) => candidate.matches(path))
    const response = route?.peek(request)
    if (!response) return undefined
    // The stored headers already say `Server-Timing: cache;desc=HIT`; only the id is per request.
    record.answered(request, path, route!.template, response, started)
    return response
  }

export type FrontDoor = ReturnType<typeof createFrontDoor>

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The path test of a route template, built once: an exact comparison when it has no parameter,
 * else one anchored expression (`:name` matches `params[name]`, by default one path segment).
 */
export const templateMatcher = (template: string, params: Readonly<Record<string, string>> = {}): ((path: string) => boolean) => {
  if (!template.includes(':')) return (path) => path === template
  const source = template
    .split('/')
    .map((segment) => (segment.startsWith(':') ? `(?:${params[segment.slice(1)] ?? '[^/]+'})` : escapeRegExp(segment)))
    .join('/')
  const pattern = new RegExp(`^${source}$`)
  return (path) => pattern.test(path)
}
