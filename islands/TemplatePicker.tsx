import { useState } from 'preact/hooks'
import { sceneBeats, TEMPLATE_IDS, TEMPLATES, type Beat, type TemplateId } from '../shared/templates.ts'
import { draftDurationSec, draftShorts } from './state/draft.ts'
import { useStore } from './state/store.ts'

type Props = {
  /** The id of the heading the server rendered above it. */
  labelledBy: string
  none: string
  /** "Scenes", before the list of beats. */
  beatsLabel: string
  names: Record<TemplateId, string>
  beats: Record<Beat, string>
  initial: TemplateId | null
  /** The form's length when the page was made (the shared draft takes over once hydrated). */
  durationSec: number
}

/**
 * The templates as links: without script each one reloads the page with `?template=…` and the
 * server fills the form in. Hydrated, a click fills it in place (the length and Shorts through the
 * draft store the length picker reads, style and format on their fields), so nothing typed is lost,
 * and the beat of each scene follows the length as it changes.
 */
export default function TemplatePicker({ labelledBy, none, beatsLabel, names, beats, initial, durationSec }: Props) {
  const [chosen, setChosen] = useState<TemplateId | null>(initial)
  const draft = useStore(draftDurationSec)
  // On the server the draft store is the process's, not this page's: the page's own length counts there.
  const seconds = typeof document === 'undefined' ? durationSec : draft

  const choose = (id: TemplateId | null) => (event: MouseEvent) => {
    const form = (event.currentTarget as HTMLElement).closest('form')
    // A new tab or window is the link's to open.
    if (!form || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    setChosen(id)
    if (!id) return
    const preset = TEMPLATES[id]
    draftShorts.set(preset.shorts)
    draftDurationSec.set(preset.durationSec)
    const style = form.elements.namedItem('style')
    if (style instanceof HTMLSelectElement) style.value = preset.style
    const aspect = form.querySelector(`input[name="aspect"][value="${preset.aspect}"]`)
    if (aspect instanceof HTMLInputElement) aspect.checked = true
  }

  return (
    <div>
      <nav class="template-chips" aria-labelledby={labelledBy}>
        <a href="/" aria-current={chosen === null ? 'true' : undefined} onClick={choose(null)}>
          {none}
        </a>
        {TEMPLATE_IDS.map((id) => (
          <a key={id} href={`/?template=${id}`} aria-current={id === chosen ? 'true' : undefined} onClick={choose(id)}>
            {names[id]}
          </a>
        ))}
      </nav>
      {chosen && (
        <>
          <input type="hidden" name="template" value={chosen} />
          <p class="muted small template-beats" aria-live="polite">
            {beatsLabel}:{' '}
            {sceneBeats(chosen, seconds)
              .map((beat) => beats[beat])
              .join(' · ')}
          </p>
        </>
      )}
    </div>
  )
}
