/**
 * How long a video may be and how many scenes it holds: the request schema and the generator
 * (server/ai/) enforce them, the length picker (islands/state/draft.ts) offers them.
 */
export const MIN_DURATION_SEC = 5
export const MAX_DURATION_SEC = 600
/** The lengths offered as one-click choices; any whole number of seconds in the limits is allowed too. */
export const DURATION_PRESETS_SEC = [15, 30, 60, 90] as const
/** YouTube Shorts and similar formats: a Shorts video is never longer than this. */
export const SHORTS_MAX_SEC = 60
/** Scenes in one storyboard: the schema's bounds, which the generator plans within. */
export const SCENE_COUNT_LIMITS = { min: 1, max: 60 } as const
