/**
 * Sign-out (and any sign-in or sign-up, which is how one person follows another on a shared
 * browser) empties everything the worker holds about the previous person: the runtime caches of
 * pages, API reads, posters and offline outcomes, their expiration records (which list URLs), and
 * the queue of videos waiting to be created. Static assets and the precache are nobody's data.
 *
 * The session cookie is HttpOnly and a worker never sees cookies, so the worker cannot notice a
 * change of person by itself: it watches the requests that cause one (sw/routes.ts).
 */
import { CacheExpiration } from 'workbox-expiration'
import { USER_DATA_CACHES } from './caches.ts'
import { emptyOutbox } from './outbox.ts'

export const clearUserData = async (beforeClearing: () => void) => {
  beforeClearing()
  await Promise.all([
    ...USER_DATA_CACHES.map(async (cache) => {
      await caches.delete(cache.name)
      await new CacheExpiration(cache.name, { maxEntries: cache.maxEntries }).delete()
    }),
    emptyOutbox(),
  ])
}
