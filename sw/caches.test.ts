import { describe, expect, test } from 'bun:test'
import { CACHE_PREFIX, CACHES, isRetiredCache, RUNTIME_CACHES, USER_DATA_CACHES } from './caches.ts'

describe('runtime caches', () => {
  test('each kind has its own named cache, with its bounds: assets a year, API 5 minutes, pages 1 minute', () => {
    expect(new Set(RUNTIME_CACHES.map((cache) => cache.name)).size).toBe(RUNTIME_CACHES.length)
    expect(CACHES.assets).toMatchObject({ maxEntries: 100, maxAgeSeconds: 365 * 24 * 3600 })
    expect(CACHES.api).toMatchObject({ maxEntries: 50, maxAgeSeconds: 5 * 60 })
    expect(CACHES.pages).toMatchObject({ maxEntries: 30, servedFreshForSeconds: 60 })
  })

  test('everything that can hold a person’s data is emptied at sign-out; static assets are not', () => {
    expect(USER_DATA_CACHES.map((cache) => cache.name).sort()).toEqual(
      [CACHES.api, CACHES.audio, CACHES.outbox, CACHES.pages, CACHES.posters].map((cache) => cache.name).sort(),
    )
  })

  test('the marker of whose pages the caches hold is kept apart: no one’s data, and not retired', () => {
    expect(CACHES.person).toMatchObject({ maxEntries: 1, userData: false })
    expect(isRetiredCache(CACHES.person.name)).toBe(false)
  })

  test('a cache of ours that the current worker does not know is retired; Workbox’s precache and current caches are not', () => {
    expect(isRetiredCache(`${CACHE_PREFIX}pages-v0`)).toBe(true)
    expect(isRetiredCache(CACHES.pages.name)).toBe(false)
    expect(isRetiredCache('workbox-precache-v2-https://reelsmith.test/')).toBe(false)
  })
})
