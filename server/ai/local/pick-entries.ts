import { BEATS, type Beat, type Entry, type Kind, type LanguagePack } from './lang/types.ts'
import type { Random } from './random.ts'

/**
 * Chooses the words for every scene. Each beat's phrases are written in story order ("the first try went
 * wrong" before "the goal came within reach"), so a beat takes a random subset of them *in that order*.
 * When a long video needs more scenes than a beat has phrases, it borrows phrases that fit any video,
 * and only when those run out too does a phrase come round again.
 *
 * @param pinned scenes whose entry is already decided (a story's first line, the prompt's detail)
 */
export const pickEntries = (
  beats: readonly Beat[],
  pack: LanguagePack,
  kind: Kind,
  random: Random,
  pinned: ReadonlyMap<number, Entry> = new Map(),
): Entry[] => {
  const chosen = new Map(pinned)
  const used = new Set(pinned.values())
  let universal = random.shuffle(pack.phrases.universal)
  const inOrder = (pool: readonly Entry[], count: number): Entry[] =>
    random
      .shuffle(pool.map((_, index) => index))
      .slice(0, count)
      .sort((a, b) => a - b)
      .map((index) => pool[index]!)

  for (const beat of BEATS) {
    const slots = beats.flatMap((each, index) => (each === beat && !pinned.has(index) ? [index] : []))
    if (slots.length === 0) continue
    const pool = pack.phrases.arcs[kind][beat].filter((entry) => !used.has(entry))
    const entries = inOrder(pool, slots.length)
    while (entries.length < slots.length) {
      if (universal.length > 0) {
        // Borrowed lines go anywhere but last, so a beat still ends on its own final line.
        entries.splice(random.int(entries.length), 0, universal[0]!)
        universal = universal.slice(1)
      } else if (pool.length > 0) {
        entries.push(...inOrder(pool, Math.min(pool.length, slots.length - entries.length)))
      } else {
        entries.push(...inOrder(pack.phrases.universal, Math.min(pack.phrases.universal.length, slots.length - entries.length)))
      }
    }
    slots.forEach((slot, index) => {
      chosen.set(slot, entries[index]!)
    })
  }
  return beats.map((_, index) => chosen.get(index)!)
}
