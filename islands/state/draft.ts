import { signal, computed } from '@preact/signals'

/** The video being drafted, shared by every island on the page that edits or previews it. */
export const draftDurationSec = signal(30)

/** One scene per ~5 s, as the storyboard generator plans it. */
export const draftSceneCount = computed(() => Math.max(2, Math.round(draftDurationSec.value / 5)))

export const DURATION_STEP_SEC = 5
export const DURATION_LIMITS = { min: 10, max: 180 } as const
