import { signal, computed } from '@preact/signals'

/**
 * The video being drafted, shared by every island on the page that edits or previews it. The limits
 * are the islands' copy of server/ai/storyboard.ts (islands never import server code);
 * draft.test.ts fails when the two drift apart.
 */
export const DURATION_STEP_SEC = 5
export const DURATION_LIMITS = { min: 5, max: 600 } as const
export const DURATION_PRESETS_SEC = [15, 30, 60, 90] as const
export const SHORTS_MAX_SEC = 60

export const draftDurationSec = signal(30)
export const draftShorts = signal(false)

/** Any whole number of seconds within the limits (and under the Shorts cap when it is on). */
export const clampDuration = (seconds: number, shorts: boolean): number =>
  Math.min(shorts ? SHORTS_MAX_SEC : DURATION_LIMITS.max, Math.max(DURATION_LIMITS.min, Math.round(seconds)))

/** One scene per ~5 s, as the storyboard generator plans it (1 to 60 scenes). */
export const draftSceneCount = computed(() => Math.min(60, Math.max(1, Math.round(draftDurationSec.value / 5))))
