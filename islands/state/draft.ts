import { MAX_DURATION_SEC, MIN_DURATION_SEC, SCENE_COUNT_LIMITS, SHORTS_MAX_SEC } from '../../shared/durations.ts'
import { createStore } from './store.ts'

/**
 * The video being drafted, shared by every island on the page that edits or previews it, within the
 * limits the server enforces (shared/durations.ts).
 */
export const DURATION_STEP_SEC = 5
/** The preview's pace; the generator's own depends on the style and mood, which a draft does not know yet. */
const PREVIEW_SCENE_SEC = 5

export const draftDurationSec = createStore(30)
export const draftShorts = createStore(false)

/** Any whole number of seconds within the limits (and under the Shorts cap when it is on). */
export const clampDuration = (seconds: number, shorts: boolean): number =>
  Math.min(shorts ? SHORTS_MAX_SEC : MAX_DURATION_SEC, Math.max(MIN_DURATION_SEC, Math.round(seconds)))

/** One scene per ~5 s, within the storyboard's scene count. */
export const sceneCountFor = (durationSec: number): number =>
  Math.min(SCENE_COUNT_LIMITS.max, Math.max(SCENE_COUNT_LIMITS.min, Math.round(durationSec / PREVIEW_SCENE_SEC)))
