import type { z } from 'zod'

export type ApiMethod = 'get' | 'post' | 'patch' | 'delete'

/** One response: a status's meaning, and its body when it has one worth describing. */
export type ApiResponseDoc = { description: string; contentType?: string; schema?: z.ZodType }

/**
 * What a route file says about each JSON route it registers, beside the schemas the handler
 * parses with: the OpenAPI document (server/openapi/) is built from these, and a test compares
 * them with the app's real routes, so a route cannot ship undescribed.
 */
export type ApiRouteDoc = {
  method: ApiMethod
  /** The full path in Hono's form (`/api/videos/:id`). */
  path: string
  summary: string
  tag: string
  /** Needs a signed-in session (and, on writes, the CSRF header). */
  signedIn?: boolean
  params?: z.ZodObject
  query?: z.ZodObject
  headers?: z.ZodObject
  body?: z.ZodType
  /** @default ['application/json'] */
  bodyContentTypes?: readonly string[]
  /** A string is the description alone; 4xx and 5xx bodies are problem+json. */
  responses: Record<number, string | ApiResponseDoc>
}
