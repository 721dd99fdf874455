/// <reference lib="webworker" />
/**
 * A tab opened before an update still runs the previous build: when it lazily imports a chunk
 * (an island scrolled into view), it asks for the previous build's hashed file, which the new
 * server no longer has and the new precache drops when it activates. So while a new worker
 * installs, it copies the previous build's hashed files out of the precache into the assets cache
 * (CacheFirst, bounded like every runtime cache), where the old tab finds them.
 */
import { cacheNames } from 'workbox-core'
import { CacheExpiration } from 'workbox-expiration'
import { CACHES } from './caches.ts'
import { isStaticAsset } from './match.ts'

type ManifestEntry = { url: string; revision: string | null }

/** @param manifest the new version's precache list; its URLs are relative to `base` (the worker's URL) */
export const keepPreviousAssets = async (manifest: readonly ManifestEntry[], base: string) => {
  const current = new Set(manifest.map((entry) => new URL(entry.url, base).href))
  const precache = await caches.open(cacheNames.precache)
  const kept = await caches.open(CACHES.assets.name)
  const expiration = new CacheExpiration(CACHES.assets.name, {
    maxEntries: CACHES.assets.maxEntries,
    maxAgeSeconds: CACHES.assets.maxAgeSeconds,
  })
  for (const request of await precache.keys()) {
    const url = new URL(request.url)
    // Hashed files are precached under their plain URL (no revision parameter).
    if (!isStaticAsset(url) || url.search || current.has(url.href)) continue
    const response = await precache.match(request)
    if (!response) continue
    await kept.put(url.href, response)
    await expiration.updateTimestamp(url.href)
  }
  await expiration.expireEntries()
}
