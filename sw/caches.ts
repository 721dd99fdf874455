/**
 * Every runtime cache the worker keeps: one named cache per kind of response, each with its bounds.
 * The names carry a version so that a change of format can drop the old caches on activation.
 */
const MINUTE = 60
const YEAR = 365 * 24 * 3600

export const CACHE_PREFIX = 'reelsmith-'

export type RuntimeCache = {
  name: string
  maxEntries: number
  /** Entries older than this are deleted. Pages have no such limit: see `servedFreshForSeconds`. */
  maxAgeSeconds?: number
  /**
   * Pages only: while the network is merely slow, a copy is served only if it is younger than this.
   * When the network is gone, any copy beats the offline page, so copies are not deleted by age.
   */
  servedFreshForSeconds?: number
  /** Holds what one signed-in person saw: emptied when anyone signs in, signs up or signs out. */
  userData: boolean
}

export const CACHES = {
  /** Content-hashed files: the name changes with the bytes, so a copy is good for a year. */
  assets: { name: `${CACHE_PREFIX}assets-v1`, maxEntries: 100, maxAgeSeconds: YEAR, userData: false },
  /** API reads (lists, a video): short-lived, personal. */
  api: { name: `${CACHE_PREFIX}api-v1`, maxEntries: 50, maxAgeSeconds: 5 * MINUTE, userData: true },
  /** Visited pages, for when the network is slow (fresh copies) or gone (any copy). */
  pages: { name: `${CACHE_PREFIX}pages-v1`, maxEntries: 30, servedFreshForSeconds: MINUTE, userData: true },
  /** Scene posters: their URL names their bytes (a hash), so they never go stale. Private videos' posters are personal. */
  posters: { name: `${CACHE_PREFIX}posters-v1`, maxEntries: 300, maxAgeSeconds: YEAR, userData: true },
  /** Narration clips (/audio/<hash>.wav): content-addressed like posters; a private video's narration is personal. */
  audio: { name: `${CACHE_PREFIX}audio-v1`, maxEntries: 300, maxAgeSeconds: YEAR, userData: true },
  /** What became of each video created offline (created -> its URL, or failed -> why), for the queued page. */
  outbox: { name: `${CACHE_PREFIX}outbox-v1`, maxEntries: 20, userData: true },
  /** Whose pages the caches hold: the last person header seen (sw/person.ts). An opaque marker, no one's data. */
  person: { name: `${CACHE_PREFIX}person-v1`, maxEntries: 1, userData: false },
} as const satisfies Record<string, RuntimeCache>

export const RUNTIME_CACHES: readonly RuntimeCache[] = Object.values(CACHES)
export const USER_DATA_CACHES: readonly RuntimeCache[] = RUNTIME_CACHES.filter((cache) => cache.userData)

/** Caches of ours that the current worker no longer uses (an older format): safe to delete. */
export const isRetiredCache = (name: string) => name.startsWith(CACHE_PREFIX) && !RUNTIME_CACHES.some((cache) => cache.name === name)
