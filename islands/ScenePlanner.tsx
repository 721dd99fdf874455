import { useState } from 'preact/hooks'
import { draftDurationSec, sceneCountFor } from './state/draft.ts'
import { useStore } from './state/store.ts'

type Props = {
  beats: string[]
  /** "{duration} s → {count} scenes of about {each} s", in the page's language. */
  summary: string
  /** "Scene {n}" */
  sceneLabel: string
  /** The page's language, for the numbers. */
  lang: string
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))

/** Previews how the drafted length splits into scenes; hydrates only when scrolled into view. */
export default function ScenePlanner({ beats, summary, sceneLabel, lang }: Props) {
  const [selected, select] = useState(0)
  const durationSec = useStore(draftDurationSec)
  const count = sceneCountFor(durationSec)
  const each = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(durationSec / count)
  const [before = '', after = ''] = fill(summary, { duration: durationSec, each }).split('{count}')
  return (
    <div class="planner">
      <p>
        {before}
        <strong>{count}</strong>
        {after}
      </p>
      <ol class="planner-beats">
        {Array.from({ length: count }, (_, index) => (
          <li key={index}>
            <button
              type="button"
              class={index === selected ? 'beat beat-active' : 'beat'}
              aria-pressed={index === selected}
              aria-label={fill(sceneLabel, { n: index + 1 })}
              onClick={() => select(index)}
            >
              {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <p class="planner-note" aria-live="polite">
        {fill(sceneLabel, { n: selected + 1 })}: {beats[Math.min(beats.length - 1, Math.floor((selected / count) * beats.length))]}
      </p>
    </div>
  )
}
