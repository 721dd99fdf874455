import { draftDurationSec, draftSceneCount, DURATION_LIMITS, DURATION_STEP_SEC } from './state/draft.ts'

type Props = { label: string }

/** A stepper for the video length; its value is shared with ScenePlanner through a signal. */
export default function DurationPicker({ label }: Props) {
  const step = (delta: number) => {
    const next = draftDurationSec.value + delta
    draftDurationSec.value = Math.min(DURATION_LIMITS.max, Math.max(DURATION_LIMITS.min, next))
  }
  return (
    <div class="stepper" role="group" aria-label={label}>
      <button type="button" class="btn" aria-label="Shorter" onClick={() => step(-DURATION_STEP_SEC)}>
        −
      </button>
      <output class="stepper-value" aria-live="polite">
        {draftDurationSec} s
      </output>
      <button type="button" class="btn" aria-label="Longer" onClick={() => step(DURATION_STEP_SEC)}>
        +
      </button>
      <span class="muted">{draftSceneCount} scenes</span>
    </div>
  )
}
