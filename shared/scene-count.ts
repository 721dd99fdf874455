import { SCENE_COUNT_LIMITS } from './durations.ts'

/**
 * How many scenes a length holds: the one rule the create form shows (islands/state/draft.ts), the
 * built-in writer writes and an AI model is asked for (server/ai/).
 */

/** A scene shorter than this is a flash; longer feels slow in a short video. One scene per 3-6 s. */
export const SCENE_MIN_SEC = 3
export const SCENE_MAX_SEC = 6

/**
 * The longest a scene gets in a video of `durationSec`: 6 s, until 60 scenes of 6 s no longer hold
 * the video (past 360 s), then what 60 equal scenes need (600 s → 10 s).
 */
export const sceneMaxSecFor = (durationSec: number): number => Math.max(SCENE_MAX_SEC, Math.ceil(durationSec / SCENE_COUNT_LIMITS.max))

/** How many 3-6 s scenes fit `durationSec` (5 s → 1, 10 s → 2-3, 31 s → 6-10, 180 s → 30-60, 600 s → 60). */
export const sceneCountRange = (durationSec: number): { min: number; max: number } => {
  const min = Math.max(SCENE_COUNT_LIMITS.min, Math.ceil(durationSec / sceneMaxSecFor(durationSec)))
  const max = Math.min(SCENE_COUNT_LIMITS.max, Math.max(min, Math.floor(durationSec / SCENE_MIN_SEC)))
  return { min, max }
}

/** The scene count of a length: one per ~5 s, within {@link sceneCountRange}. The form promises it, the built-in writer writes it, a model is asked for it. */
export const targetSceneCount = (durationSec: number): number => {
  const { min, max } = sceneCountRange(durationSec)
  return Math.min(max, Math.max(min, Math.round(durationSec / 5)))
}
