import type { RequestIdVariables } from 'hono/request-id'

/** The Hono environment every route shares: variables set by middleware. */
export type AppEnv = {
  Variables: RequestIdVariables & {
    /** Wall-clock start of the request (performance.now()), set by the access log. */
    startedAt: number
  }
}
