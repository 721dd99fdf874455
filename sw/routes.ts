/// <reference lib="webworker" />
/**
 * The worker's routes, first match wins (the precache route, registered in sw.ts, comes first):
 *
 * | requests                       | strategy                                   | cache   |
 * |--------------------------------|--------------------------------------------|---------|
 * | GET /assets/* (hashed)         | CacheFirst                                 | assets  |
 * | GET /posters/*                 | CacheFirst                                 | posters |
 * | GET /audio/*                   | CacheFirst                                 | audio   |
 * | GET /api/* (no event streams)  | NetworkFirst, 3 s (statuses change)        | api     |
 * | GET pages (navigations)        | NetworkFirst, 3 s; any copy; offline.html  | pages   |
 * | POST sign-in, sign-up, -out    | network, then the user caches emptied     | -       |
 * | POST /api/videos, POST /videos | network, else queued (outbox.ts)           | -       |
 * | POST other forms               | network, else offline.html                 | -       |
 *
 * Only same-origin requests, only 200 responses, never `no-store`, never a non-GET response. A page
 * whose person header differs from the last one seen also empties the user caches (person.ts).
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import type { RouteHandlerCallback, RouteMatchCallback, WorkboxPlugin } from 'workbox-core/types.js'
import { ExpirationPlugin } from 'workbox-expiration'
import { matchPrecache } from 'workbox-precaching'
import { registerRoute, setCatchHandler } from 'workbox-routing'
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies'
import { CACHES, type RuntimeCache } from './caches.ts'
import * as match from './match.ts'
import { createRequestFromForm, IDEMPOTENCY_HEADER, idempotencyKeyOr, videoRequestFromForm } from './outbox-request.ts'
import { queueCreate } from './outbox.ts'
import { createPersonCheck } from './person.ts'
import { createEraGuard, refuseNoStore, servedFreshFor } from './plugins.ts'
import { queuedPageUrl } from './protocol.ts'
import { clearUserData } from './user-data.ts'

declare const self: ServiceWorkerGlobalScope

const NETWORK_TIMEOUT_SECONDS = 3
const OFFLINE_PAGE = '/offline.html'

/**
 * Our pages say `Vary: Accept-Language, Cookie`, but a worker never sees the Cookie header and its
 * own warm-up requests carry no Accept-Language: matching on Vary would only make copies unfindable
 * (and unexpirable). One person's copies never reach another: sign-in and sign-out empty the caches,
 * and so does a page that shows the session has ended or changed.
 */
const matchOptions: CacheQueryOptions = { ignoreVary: true }

const eraGuard = createEraGuard()

/** Everything a runtime cache needs: 200s only, no `no-store`, its bounds, and the sign-out guard for personal ones. */
const pluginsFor = (cache: RuntimeCache, guard = eraGuard.plugin): WorkboxPlugin[] => [
  new CacheableResponsePlugin({ statuses: [200] }),
  refuseNoStore,
  ...(cache.userData ? [guard] : []),
  new ExpirationPlugin({ maxEntries: cache.maxEntries, maxAgeSeconds: cache.maxAgeSeconds, matchOptions }),
]

const sameOrigin =
  (predicate: (url: URL, request: Request) => boolean): RouteMatchCallback =>
  ({ url, request, sameOrigin }) =>
    sameOrigin && predicate(url, request)

const pages = new NetworkFirst({
  cacheName: CACHES.pages.name,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  matchOptions,
  // A page from the network also says whose it is: another person's (or no one's) empties the user caches first.
  plugins: [
    ...pluginsFor(CACHES.pages, eraGuard.watching(createPersonCheck(() => clearUserData(eraGuard.clearing)))),
    servedFreshFor(CACHES.pages.servedFreshForSeconds),
  ],
})

/** The network's answer to a post, with the user caches emptied before the browser sees it. */
const changeOfPerson: RouteHandlerCallback = async ({ request }) => {
  try {
    return await fetch(request)
  } finally {
    await clearUserData(eraGuard.clearing)
  }
}

/** POST /videos (the create form). Offline, its fields are queued as a POST /api/videos and the queued page is shown. */
const createFromForm: RouteHandlerCallback = async ({ request }) => {
  const copy = request.clone()
  try {
    return await fetch(request)
  } catch {
    const form = await copy.formData()
    const key = idempotencyKeyOr(form.get('idempotencyKey'))
    await queueCreate(createRequestFromForm(self.location.origin, form, key), key, videoRequestFromForm(form))
    // 303, like the server's own answer to the form: a reload of the queued page never posts again.
    return Response.redirect(queuedPageUrl(key), 303)
  }
}

/** POST /api/videos. Offline, it is queued (with an idempotency key, added if missing) and answered 202. */
const createFromApi: RouteHandlerCallback = async ({ request }) => {
  const key = idempotencyKeyOr(request.headers.get(IDEMPOTENCY_HEADER))
  const headers = new Headers(request.headers)
  headers.set(IDEMPOTENCY_HEADER, key)
  const keyed = new Request(request, { headers })
  try {
    return await fetch(keyed.clone())
  } catch {
    await queueCreate(
      keyed,
      key,
      await keyed
        .clone()
        .json()
        .catch(() => ({})),
    )
    return Response.json({ status: 'queued-offline', idempotencyKey: key, statusUrl: queuedPageUrl(key) }, { status: 202 })
  }
}

/** Pages fall back to any copy of themselves, then to the offline page; everything else fails as it would without us. */
const offlineFallback: RouteHandlerCallback = async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error()
  const copy =
    request.method === 'GET' ? await caches.open(CACHES.pages.name).then((cache) => cache.match(request, matchOptions)) : undefined
  return copy ?? (await matchPrecache(OFFLINE_PAGE)) ?? Response.error()
}

export const registerRoutes = () => {
  registerRoute(sameOrigin(match.isStaticAsset), new CacheFirst({ cacheName: CACHES.assets.name, plugins: pluginsFor(CACHES.assets) }))
  registerRoute(sameOrigin(match.isPoster), new CacheFirst({ cacheName: CACHES.posters.name, plugins: pluginsFor(CACHES.posters) }))
  registerRoute(sameOrigin(match.isNarrationClip), new CacheFirst({ cacheName: CACHES.audio.name, plugins: pluginsFor(CACHES.audio) }))
  registerRoute(
    sameOrigin(match.isApiRead),
    new NetworkFirst({
      cacheName: CACHES.api.name,
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      matchOptions,
      plugins: pluginsFor(CACHES.api),
    }),
  )
  registerRoute(sameOrigin(match.isPage), pages)

  registerRoute(sameOrigin(match.isAuthChange), changeOfPerson, 'POST')
  registerRoute(sameOrigin(match.isCreateApi), createFromApi, 'POST')
  registerRoute(sameOrigin(match.isCreateForm), createFromForm, 'POST')
  registerRoute(sameOrigin(match.isFormPost), new NetworkOnly(), 'POST')

  setCatchHandler(offlineFallback)
}
