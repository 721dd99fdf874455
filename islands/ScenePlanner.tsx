import { useSignal } from '@preact/signals'
import { draftDurationSec, draftSceneCount } from './state/draft.ts'

type Props = { beats: string[] }

/** Previews how the drafted length splits into scenes; hydrates only when scrolled into view. */
export default function ScenePlanner({ beats }: Props) {
  const selected = useSignal(0)
  const count = draftSceneCount.value
  const sceneSec = (draftDurationSec.value / count).toFixed(1)
  return (
    <div class="planner">
      <p>
        {draftDurationSec} s → <strong>{count}</strong> scenes of about {sceneSec} s
      </p>
      <ol class="planner-beats">
        {Array.from({ length: count }, (_, index) => (
          <li key={index}>
            <button
              type="button"
              class={index === selected.value ? 'beat beat-active' : 'beat'}
              aria-pressed={index === selected.value}
              onClick={() => (selected.value = index)}
            >
              {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <p class="planner-note" aria-live="polite">
        Scene {selected.value + 1}: {beats[Math.min(beats.length - 1, Math.floor((selected.value / count) * beats.length))]}
      </p>
    </div>
  )
}
