/**
 * `cached()` wraps a function the way the app uses the cache: a key (and tags) derived from the
 * arguments, a TTL from one of the presets.
 *
 * @example
 * ```ts
 * const findVideo = cached(store, (id: number) => videoRepo.find(id), {
 *   ...presets.db,
 *   key: (id) => `video:${id}`,
 *   tags: (id) => [`video:${id}`],
 * })
 * await findVideo(42)           // db:video:42, fresh for 1 h
 * await store.invalidateTags(['video:42'])
 * ```
 */
import type { CacheStore, EntryOptions } from './store.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * How long each kind of value stays fresh, and how long after that it may still be served while
 * a refresh runs (or when the origin fails).
 */
export const presets = {
  /** AI responses: each costs money and seconds; the same prompt gets the same answer for 30 min. */
  ai: { namespace: 'ai', ttl: 30 * MINUTE, staleTtl: 10 * MINUTE },
  /** Database queries: invalidate by tag on writes; 1 h bounds the damage of a missed one. */
  db: { namespace: 'db', ttl: HOUR, staleTtl: 5 * MINUTE },
  /** User context (preferences, language): changes rarely, invalidated by `user:<id>` on change. */
  user: { namespace: 'user', ttl: 2 * HOUR, staleTtl: 10 * MINUTE },
} as const satisfies Record<string, Omit<EntryOptions<unknown>, 'tags' | 'codec'>>

export interface CachedOptions<Args extends unknown[], T> extends Omit<EntryOptions<NonNullable<T>>, 'tags'> {
  /** The cache key (within the namespace) for these arguments. */
  key: (...args: Args) => string
  /** Tags for these arguments, e.g. `[`video:${id}`]`. */
  tags?: (...args: Args) => readonly string[]
}

/** `fn` behind the cache: same arguments, same result, the origin called only on a miss. */
export const cached = <Args extends unknown[], T>(
  store: CacheStore,
  fn: (...args: Args) => T | Promise<T>,
  options: CachedOptions<Args, T>,
): ((...args: Args) => Promise<T>) => {
  const { key, tags, ...entry } = options
  return (...args) => store.fetch(key(...args), () => fn(...args), { ...entry, tags: tags?.(...args) })
}

/**
 * A short, fixed-length key for long inputs (prompts, query objects): SHA-256 of their JSON,
 * base64url. Equal inputs give equal keys; the input itself never appears in Redis.
 */
export const digestKey = (...parts: unknown[]): string => new Bun.CryptoHasher('sha256').update(JSON.stringify(parts)).digest('base64url')
