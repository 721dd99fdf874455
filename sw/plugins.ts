/**
 * Cache policy as Workbox plugins (the way Workbox composes behaviour): small, one rule each.
 * CacheableResponsePlugin (status 200 only) and ExpirationPlugin come from Workbox itself.
 */
import type { WorkboxPlugin } from 'workbox-core/types.js'

const NO_STORE = /(^|,)\s*no-store\s*(,|$)/i

/** The server's `no-store` (session info, assistant answers, health) is obeyed by the worker too. */
export const refuseNoStore: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (NO_STORE.test(response.headers.get('Cache-Control') ?? '') ? null : response),
}

/**
 * Serves a cached copy only while it is younger than `seconds`, by its Date header; an undated copy
 * counts as old. Unlike ExpirationPlugin's `maxAgeSeconds` it deletes nothing, so an older copy
 * is still there for the offline fallback (sw/routes.ts).
 */
export const servedFreshFor = (seconds: number, now: () => number = Date.now): WorkboxPlugin => ({
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return null
    const date = Date.parse(cachedResponse.headers.get('Date') ?? '')
    return Number.isFinite(date) && now() - date <= seconds * 1000 ? cachedResponse : null
  },
})

/**
 * Guards the caches that hold one person's data against a race with sign-out: a response whose
 * request started before the caches were cleared is not written into them afterwards.
 * `clearing()` starts a new era; a request remembers the era it started in.
 */
export const createEraGuard = () => {
  let era = 0
  const plugin: WorkboxPlugin = {
    requestWillFetch: async ({ request, state }) => {
      if (state) state.era = era
      return request
    },
    cacheWillUpdate: async ({ response, state }) => (state?.era === undefined || state.era === era ? response : null),
  }
  return {
    plugin,
    /**
     * The same guard for pages, which also notice a change of person: `changed(response)` resolves
     * true once it has emptied the caches (a new era). The page that told belongs to the new era, so
     * it is still stored; answers to requests from before are not.
     */
    watching: (changed: (response: Response) => Promise<boolean>): WorkboxPlugin => ({
      ...plugin,
      fetchDidSucceed: async ({ response, state }) => {
        if ((await changed(response)) && state) state.era = era
        return response
      },
    }),
    clearing: () => {
      era++
    },
  }
}
