import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { z } from 'zod'
import { HttpError } from './errors.ts'

/**
 * 192 KiB: the largest legitimate body is a 20,000-character article (shared/sources.ts) sent as a
 * form, where every character outside ASCII becomes %XX per UTF-8 byte: 120 KB for accented Latin
 * throughout, 180 KB for CJK.
 */
export const MAX_BODY_BYTES = 192 * 1024

/** Refuses bodies over `maxSize` with 413 before reading them (Content-Length or streamed count). */
export const limitBody = (maxSize = MAX_BODY_BYTES): MiddlewareHandler =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new HttpError(413, 'Payload Too Large', `The body is larger than ${Math.round(maxSize / 1024)} KiB.`)
    },
  })

/** Reads a JSON body and validates it: malformed JSON is a 400, a wrong shape a 422 with field errors. */
export const readJson = async <S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> => {
  if (!/^application\/(.+\+)?json\b/i.test(c.req.header('Content-Type') ?? '')) {
    throw new HttpError(415, 'Unsupported Media Type', 'Send the body as application/json.')
  }
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw new HttpError(400, 'Malformed JSON', 'The body is not valid JSON.')
  }
  return schema.parse(body)
}

/**
 * Reads a form body (urlencoded or multipart) as strings; files are not accepted anywhere. The one
 * place forms are parsed (the CSRF check included): a body the parser refuses (a multipart body
 * without its boundary, say) is the client's mistake, a 400, not a 500.
 */
export const readForm = async (c: Context): Promise<Record<string, string>> => {
  let body: Awaited<ReturnType<Context['req']['parseBody']>>
  try {
    body = await c.req.parseBody()
  } catch {
    throw new HttpError(400, 'Malformed form', 'The form body could not be read.')
  }
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string') out[key] = value
  return out
}
