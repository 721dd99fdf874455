import { useState } from 'preact/hooks'
import { draftDurationSec, draftSceneCount, DURATION_LIMITS, DURATION_STEP_SEC } from './state/draft.ts'

type Props = {
  label: string
  shorter: string
  longer: string
  /** e.g. "{count} scenes": the count is filled in as it changes. */
  scenesTemplate: string
  /** When set, the value is also a form field of this name. */
  name?: string
  initialSec?: number
}

/**
 * A stepper for the video length; its value is shared with ScenePlanner through a signal. Inside a
 * form it submits as a hidden field, so the form works before (and without) hydration.
 */
export default function DurationPicker({ label, shorter, longer, scenesTemplate, name, initialSec }: Props) {
  // Once per mount (each server render, the one hydration): start from the page's value.
  useState(() => {
    if (initialSec !== undefined) draftDurationSec.value = initialSec
  })
  const step = (delta: number) => {
    const next = draftDurationSec.value + delta
    draftDurationSec.value = Math.min(DURATION_LIMITS.max, Math.max(DURATION_LIMITS.min, next))
  }
  return (
    <div class="stepper" role="group" aria-label={label}>
      <button type="button" class="btn" aria-label={shorter} onClick={() => step(-DURATION_STEP_SEC)}>
        −
      </button>
      <output class="stepper-value" aria-live="polite">
        {draftDurationSec} s
      </output>
      <button type="button" class="btn" aria-label={longer} onClick={() => step(DURATION_STEP_SEC)}>
        +
      </button>
      <span class="muted">{scenesTemplate.replace('{count}', String(draftSceneCount.value))}</span>
      {name && <input type="hidden" name={name} value={draftDurationSec.value} />}
    </div>
  )
}
