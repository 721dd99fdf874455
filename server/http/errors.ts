import type { Context, ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ZodError } from 'zod'
import type { Logger } from '../log.ts'

/** An error meant for the client: its status, title and detail become the problem+json body. */
export class HttpError extends Error {
  override name = 'HttpError'
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? title)
  }
}

export const PROBLEM_JSON = 'application/problem+json'

/** RFC 9457 problem details. `instance` is the path: never echo the query (it may hold secrets). */
export const problem = (c: Context, error: HttpError) => {
  const body = new TextEncoder().encode(
    JSON.stringify({
      type: 'about:blank',
      title: error.title,
      status: error.status,
      ...(error.detail && { detail: error.detail }),
      instance: c.req.path,
      ...error.extra,
    }),
  )
  return c.body(body, error.status, {
    'Content-Type': PROBLEM_JSON,
    'Content-Length': String(body.byteLength),
    'Cache-Control': 'no-store',
  })
}

/** Field errors from zod, keyed by dotted path, for forms to show beside their inputs. */
export const fieldErrors = (error: ZodError) => error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))

/** Does this request want a page (a browser navigation) rather than data? */
export const wantsHtml = (c: Context) => !c.req.path.startsWith('/api/') && (c.req.header('Accept') ?? '').includes('text/html')

export type ErrorPageRenderer = (c: Context, error: HttpError) => Response | Promise<Response>

/** Maps every thrown error to one response shape; unknown errors are logged and hidden. */
export const errorHandler = (logger: Logger, renderErrorPage?: ErrorPageRenderer): ErrorHandler =>
  function handleError(err, c) {
    let error: HttpError
    if (err instanceof HttpError) error = err
    else if (err instanceof ZodError)
      error = new HttpError(422, 'Invalid request', 'Some fields are invalid.', { errors: fieldErrors(err) })
    else if (err instanceof HTTPException) error = new HttpError(err.status as ContentfulStatusCode, err.message || 'Request failed')
    else {
      logger.error('unhandled error', { requestId: c.get('requestId'), path: c.req.path, error: err })
      error = new HttpError(500, 'Internal Server Error', 'Something went wrong on our side. It has been logged.')
    }
    return renderErrorPage && wantsHtml(c) ? renderErrorPage(c, error) : problem(c, error)
  }
