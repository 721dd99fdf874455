/**
 * A seeded pseudo-random source (mulberry32): the score and the noise of the drums come from it, never
 * from Math.random, so one seed gives the same music in every browser, in the player and the export.
 */
export type Random = {
  /** 0 <= n < 1 */
  next(): number
  /** An integer in [0, count). */
  below(count: number): number
  pick<T>(items: readonly T[]): T
}

export const createRandom = (seed: number): Random => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const below = (count: number) => Math.floor(next() * count)
  return { next, below, pick: (items) => items[below(items.length)]! }
}
