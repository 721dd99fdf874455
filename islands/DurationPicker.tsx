import { useState } from 'preact/hooks'
import { DURATION_PRESETS_SEC, MAX_DURATION_SEC, MIN_DURATION_SEC, SHORTS_MAX_SEC } from '../shared/durations.ts'
import { clampDuration, draftDurationSec, draftShorts, DURATION_STEP_SEC, sceneCountFor } from './state/draft.ts'
import { useStore } from './state/store.ts'

type Props = {
  label: string
  shorter: string
  longer: string
  /** "{count} scenes" per plural category of `lang` (server/i18n/plural-templates.ts): the count is filled in as it changes. */
  scenesTemplates: Record<string, string>
  /** The page's language: plural rules and number formats. */
  lang: string
  /** The group of one-click lengths. */
  presetsLabel: string
  /** The number field's label: any length in seconds. */
  customLabel: string
  /** The Shorts switch's label, e.g. "Shorts (at most 60 s)". */
  shortsLabel: string
  /** When set, the length is a form field of this name and the Shorts switch is `shorts`. */
  name?: string
  initialSec?: number
  initialShorts?: boolean
}

const scenesPhrase = (templates: Record<string, string>, lang: string, count: number) =>
  (templates[new Intl.PluralRules(lang).select(count)] ?? templates.other ?? '{count}').replace(
    '{count}',
    new Intl.NumberFormat(lang).format(count),
  )

/**
 * The video length: presets, a stepper, any whole number of seconds, and the Shorts switch that caps
 * it at 60 s. The value is shared with ScenePlanner through a store (islands/state/store.ts). The number field and the
 * checkbox are real form fields, so the form works before (and without) hydration; the server
 * checks the same limits.
 */
export default function DurationPicker({
  label,
  shorter,
  longer,
  scenesTemplates,
  lang,
  presetsLabel,
  customLabel,
  shortsLabel,
  name,
  initialSec,
  initialShorts,
}: Props) {
  // Once per mount (each server render, the one hydration): start from the page's value.
  useState(() => {
    if (initialSec !== undefined) draftDurationSec.set(initialSec)
    if (initialShorts !== undefined) draftShorts.set(initialShorts)
  })
  const value = useStore(draftDurationSec)
  const shorts = useStore(draftShorts)
  const set = (seconds: number) => draftDurationSec.set(clampDuration(seconds, draftShorts.get()))
  return (
    <div>
      <div class="stepper" role="group" aria-label={label}>
        <button type="button" class="btn" aria-label={shorter} onClick={() => set(value - DURATION_STEP_SEC)}>
          −
        </button>
        <output class="stepper-value" aria-live="polite">
          {value} s
        </output>
        <button type="button" class="btn" aria-label={longer} onClick={() => set(value + DURATION_STEP_SEC)}>
          +
        </button>
        <span class="muted">{scenesPhrase(scenesTemplates, lang, sceneCountFor(value))}</span>
      </div>
      <div class="chips" role="group" aria-label={presetsLabel}>
        {DURATION_PRESETS_SEC.map((preset) => (
          // A preset past the Shorts cap is clamped to it, like every other way of setting the length.
          <button key={preset} type="button" class="chip" aria-pressed={value === preset} onClick={() => set(preset)}>
            {preset} s
          </button>
        ))}
      </div>
      <label>
        <span>{customLabel}</span>
        <input
          type="number"
          name={name}
          min={MIN_DURATION_SEC}
          max={shorts ? SHORTS_MAX_SEC : MAX_DURATION_SEC}
          step={1}
          value={value}
          onChange={(event) => set(+(event.currentTarget as HTMLInputElement).value || value)}
        />
      </label>
      <label class="chip">
        <input
          type="checkbox"
          name={name && 'shorts'}
          checked={shorts}
          onChange={(event) => {
            draftShorts.set((event.currentTarget as HTMLInputElement).checked)
            set(draftDurationSec.get())
          }}
        />
        <span>{shortsLabel}</span>
      </label>
    </div>
  )
}
