/**
 * `Date.now()` costs about as much as a whole L1 lookup (measured ~60 ns on Bun). TTLs are
 * seconds to hours, so the cache reads the clock at most once per `resolutionMs` and reuses the
 * value meanwhile: lru-cache does the same for its own TTLs (`ttlResolution`).
 *
 * A busy synchronous stretch can hold the cached value for its duration: entries then look a
 * little younger than they are for that long, never older.
 */
export const coarseClock = (resolutionMs = 1, read: () => number = Date.now): (() => number) => {
  let cached = 0
  const forget = () => {
    cached = 0
  }
  return () => {
    if (cached !== 0) return cached
    cached = read()
    setTimeout(forget, resolutionMs).unref?.()
    return cached
  }
}
