/**
 * Scene timing shared by both providers: how many scenes a duration holds, and how to share a duration
 * between scenes so that the parts add up exactly. Work happens in integer "steps" (0.5 s or 0.1 s), so
 * the sum is exact by construction, not by luck of floating point.
 */

/** The storyboard schema's limits on a scene's length, the hard bounds a provider's output must fit. */
export const SCENE_SCHEMA_MIN_SEC = 1
export const SCENE_SCHEMA_MAX_SEC = 30

export { SCENE_MAX_SEC, SCENE_MIN_SEC, sceneCountRange, sceneMaxSecFor, targetSceneCount } from '../../shared/scene-count.ts'

export interface SplitOptions {
  /** The granularity of every part, in seconds: 0.5 (exact in binary floating point) or 0.1. */
  step: number
  minSec: number
  maxSec: number
}

/**
 * Shares `totalSec` between parts in proportion to `weights`, each part within [minSec, maxSec] and a
 * multiple of `step`, the parts summing exactly to `totalSec` (counted in steps). Throws a RangeError
 * when no such split exists.
 */
export const splitDuration = (totalSec: number, weights: readonly number[], options: SplitOptions): number[] => {
  const count = weights.length
  const total = Math.round(totalSec / options.step)
  const low = Math.ceil(options.minSec / options.step - 1e-9)
  const high = Math.floor(options.maxSec / options.step + 1e-9)
  if (count === 0 || count * low > total || count * high < total) {
    throw new RangeError(`cannot split ${totalSec} s into ${count} parts of ${options.minSec}-${options.maxSec} s`)
  }
  const safeWeights = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 1))

  // Each part is clamp(scale × weight, low, high); the sum grows with the scale, so a binary search finds
  // the scale at which the parts add up to the total (proportional where the bounds allow, pinned where not).
  const sumAt = (scale: number) => safeWeights.reduce((sum, weight) => sum + Math.min(high, Math.max(low, scale * weight)), 0)
  let [lowScale, highScale] = [0, (high * count) / Math.min(...safeWeights)]
  for (let iteration = 0; iteration < 100; iteration++) {
    const middle = (lowScale + highScale) / 2
    if (sumAt(middle) < total) lowScale = middle
    else highScale = middle
  }
  const exact = safeWeights.map((weight) => Math.min(high, Math.max(low, highScale * weight)))

  // Largest remainder: floor every share, then give the missing steps to the largest fractions.
  const parts = exact.map(Math.floor)
  let missing = total - parts.reduce((sum, part) => sum + part, 0)
  const byFraction = exact.map((share, index) => [index, share - Math.floor(share)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0])
  while (missing > 0) {
    for (const [index] of byFraction) {
      if (missing === 0) break
      if (parts[index]! < high) {
        parts[index]! += 1
        missing -= 1
      }
    }
  }
  return parts.map((part) => Number((part * options.step).toFixed(3)))
}

/**
 * Fits a model's scene durations to the requested total, keeping their proportions, rounded to 0.1 s
 * and within the schema's 1-30 s per scene. Throws a RangeError when the scene count cannot fit.
 */
export const rescaleDurations = (durations: readonly number[], totalSec: number): number[] =>
  splitDuration(totalSec, durations, { step: 0.1, minSec: SCENE_SCHEMA_MIN_SEC, maxSec: SCENE_SCHEMA_MAX_SEC })

/** Sum in tenths of a second, the unit in which "sums exactly" is meant for 0.1 s steps. */
export const totalTenths = (durations: readonly number[]): number => durations.reduce((sum, duration) => sum + Math.round(duration * 10), 0)
