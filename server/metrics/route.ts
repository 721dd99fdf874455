/**
 * The route TEMPLATE of a request (`/videos/:id`, never `/videos/42`), read from Hono's router
 * after the request ran. Metrics and slow-request logs label by it, so their number of series is
 * bounded by the number of registered routes, however many ids, queries or junk paths arrive.
 */
import type { Context } from 'hono'
import { matchedRoutes } from 'hono/route'

/** The one label of every request that no route matched (404s of unknown paths, scanners). */
export const UNMATCHED_ROUTE = 'unmatched'

/** `app.use()` middleware (and `app.all()`) register with this method; real handlers with GET, POST… */
const MIDDLEWARE_METHOD = 'ALL'

/**
 * The template of the route that answered, or would have answered, the request:
 *
 * 1. the first method route (`app.get/post/…`) at or after the one that responded, so a request
 *    rejected by middleware (CSRF, rate limit, body limit) still counts under its route;
 * 2. none: the router matched no route for this method and path, so a 404 is `unmatched` (and so
 *    is a 405-like POST to a GET-only path: it matches nothing);
 * 3. a non-404 answered by middleware alone (static assets): that middleware's registered path
 *    (`*`, `/assets/*`), still one label per registration. Pass your own `routeOf` to name it.
 *
 * Call it after `await next()`: Hono leaves `c.req.routeIndex` on the last handler that ran.
 * `matchedRoutes` allocates one short array per call (the matched routes, ~5): the public API
 * offers nothing cheaper, and it is far below the cost of the request itself.
 */
/** Context variable a middleware sets when it answers a request itself, e.g. 'static'. */
export const ROUTE_LABEL = 'routeLabel'

export const routeTemplate = (c: Context): string => {
  // A middleware that answers by itself (the static files) names its route: '/*' would say nothing.
  const declared = c.get(ROUTE_LABEL)
  if (declared) return declared
  const routes = matchedRoutes(c)
  const responded = c.req.routeIndex
  for (let i = responded; i < routes.length; i++) {
    const route = routes[i]!
    if (route.method !== MIDDLEWARE_METHOD) return route.path
  }
  if (c.res.status === 404) return UNMATCHED_ROUTE
  return routes[responded]?.path ?? UNMATCHED_ROUTE
}
