import { MAX_DURATION_SEC, MIN_DURATION_SEC, SHORTS_MAX_SEC } from '../../shared/durations.ts'
import { targetSceneCount } from '../../shared/scene-count.ts'
import { createStore } from './store.ts'

/**
 * The video being drafted, shared by every island on the page that edits or previews it, within the
 * limits the server enforces (shared/durations.ts).
 */
export const DURATION_STEP_SEC = 5

export const draftDurationSec = createStore(30)
export const draftShorts = createStore(false)

/** Any whole number of seconds within the limits (and under the Shorts cap when it is on). */
export const clampDuration = (seconds: number, shorts: boolean): number =>
  Math.min(shorts ? SHORTS_MAX_SEC : MAX_DURATION_SEC, Math.max(MIN_DURATION_SEC, Math.round(seconds)))

/** The scenes the generator writes for a length (the same rule, shared/scene-count.ts). */
export const sceneCountFor = targetSceneCount
