import { presets } from '../cache/cached.ts'
import type { CacheStore, FetchStatus } from '../cache/store.ts'
import type { CachedAiCall } from '../jobs/worker.ts'

/** AI calls through the AI preset (30 min), reporting whether the cache answered. */
export const createCachedAiCall =
  (store: CacheStore): CachedAiCall =>
  async <T>(key: string, origin: () => Promise<T>) => {
    const status: FetchStatus = {}
    const value = await store.fetch<T>(key, origin, { ...presets.ai, status })
    return { value, cached: status.outcome !== 'miss' }
  }
