/**
 * The shapes of ids and keys that arrive in URLs, forms and headers, checked before any lookup:
 * every lookup is cached (a miss too), so an unchecked value would let anyone fill the cache with
 * junk keys. One source for the server, the islands and the service worker.
 */

/** Video ids are 22 base64url characters (server/db/ids.ts); 8-64 leaves room. */
export const VIDEO_ID_SOURCE = '[\\w-]{8,64}'
const VIDEO_ID = new RegExp(`^${VIDEO_ID_SOURCE}$`)

export const isVideoId = (id: string | undefined | null): id is string => !!id && VIDEO_ID.test(id)

/** An Idempotency-Key: 8-128 characters of letters, digits, `-`, `_`, `.` and `:` (a UUID fits). */
export const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/
