import type { RequestIdVariables } from 'hono/request-id'
import type { User } from '../db/model.ts'

/** The signed-in session a request carries (set by sessionMiddleware in session.ts). */
export type SessionInfo = { token: string; csrfToken: string; user: User }

/** The Hono environment every route shares: variables set by middleware. */
export type AppEnv = {
  Variables: RequestIdVariables & {
    /** Wall-clock start of the request (performance.now()), set by the request record. */
    startedAt: number
    /** The signed-in user's session, null when anonymous (set by sessionMiddleware). */
    session: SessionInfo | null
  }
}

/**
 * Variables that middleware typed for any Hono app reads (metrics, static files), so they are
 * declared for every Context rather than only for AppEnv.
 */
declare module 'hono' {
  interface ContextVariableMap {
    /** Set by a middleware that answers requests itself (static files): the metrics route label. */
    routeLabel: string
  }
}
