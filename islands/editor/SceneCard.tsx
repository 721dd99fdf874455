import { useState } from 'preact/hooks'
import type { EditorMessages } from '../../shared/editor-messages.ts'
import { fill } from '../player/fill.ts'
import type { LocalScene, SceneLimits } from './model.ts'
import type { EditorSession } from './session.ts'
import type { FieldName } from './types.ts'

type Props = {
  scene: LocalScene
  index: number
  count: number
  session: EditorSession
  messages: EditorMessages
  shots: readonly string[]
  limits: SceneLimits
  /** The narration state to show: the saved scene's, or `changed` while this one differs from it. */
  narration: 'pending' | 'ready' | 'failed' | 'changed'
  invalidField: FieldName | null
  busy: boolean
  locked: boolean
  /** Instruction the assistant page sent for this scene (prefilled, one click to apply). */
  suggested?: string
  /** The saved scene's own picture (`/media/<id>`), null while it shows its poster. */
  imageUrl: string | null
  onMove: (index: number, to: number) => void
  onRemove: (index: number) => void
  onDragStart: (index: number, event: PointerEvent) => void
}

/** One scene's fields and actions. Every input has a visible label; ids carry the scene's key so they stay unique. */
export function SceneCard({
  scene,
  index,
  count,
  session,
  messages: m,
  shots,
  limits,
  narration,
  invalidField,
  busy,
  locked,
  suggested,
  imageUrl,
  onMove,
  onRemove,
  onDragStart,
}: Props) {
  const [instruction, setInstruction] = useState(suggested ?? '')
  const id = (field: string) => `ed-${scene.key}-${field}`
  const { fields } = scene
  const invalid = (field: FieldName) => (invalidField === field ? { 'aria-invalid': true as const } : {})
  const text = (field: 'narration' | 'onScreenText' | 'visual', rows: number, max: number) => (
    <div class="ed-field">
      <label for={id(field)}>{m.fields[field]}</label>
      <textarea
        id={id(field)}
        rows={rows}
        maxLength={max}
        value={fields[field]}
        disabled={busy}
        {...invalid(field)}
        onInput={(event) => session.edit(index, field, event.currentTarget.value)}
        onBlur={() => session.seal()}
      />
    </div>
  )
  const rewrite = (value?: string) => session.regenerate(index, value ? { instruction: value.slice(0, limits.instruction) } : {})

  return (
    <li
      class={`ed-scene card${busy ? ' ed-busy' : ''}`}
      data-key={scene.key}
      aria-busy={busy}
      onKeyDown={(event) => {
        if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
        event.preventDefault()
        onMove(index, index + (event.key === 'ArrowUp' ? -1 : 1))
      }}
    >
      <div class="ed-scene-head">
        <button
          type="button"
          class="ed-drag btn"
          aria-label={`${fill(m.scene, { n: index + 1 })}: ${m.drag}`}
          title={m.drag}
          onPointerDown={(event) => onDragStart(index, event)}
        >
          ⠿
        </button>
        <h3 id={id('title')} tabIndex={-1}>
          {fill(m.scene, { n: index + 1 })}
        </h3>
        <span class={`badge ed-narration-${narration}`}>{m.narration[narration]}</span>
      </div>
      <div class="ed-actions" role="group" aria-labelledby={id('title')}>
        <button type="button" class="btn" data-move="up" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
          {m.moveUp}
        </button>
        <button type="button" class="btn" data-move="down" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
          {m.moveDown}
        </button>
        <button type="button" class="btn" disabled={count >= limits.maxScenes} onClick={() => session.duplicate(index)}>
          {m.duplicate}
        </button>
        <button type="button" class="btn btn-danger" disabled={count <= limits.minScenes} onClick={() => onRemove(index)}>
          {m.remove}
        </button>
      </div>
      {text('narration', 3, limits.narration)}
      {text('onScreenText', 1, limits.onScreenText)}
      {text('visual', 2, limits.visual)}
      <div class="ed-row">
        <div class="ed-field">
          <label for={id('shot')}>{m.fields.shot}</label>
          <select
            id={id('shot')}
            value={fields.shot}
            disabled={busy}
            onChange={(event) => session.edit(index, 'shot', event.currentTarget.value)}
          >
            {shots.map((shot) => (
              <option key={shot} value={shot}>
                {shot}
              </option>
            ))}
          </select>
        </div>
        <div class="ed-field">
          <label for={id('durationSec')}>{m.fields.durationSec}</label>
          <input
            id={id('durationSec')}
            type="number"
            inputMode="decimal"
            min={limits.minDurationSec}
            max={limits.maxDurationSec}
            step={0.1}
            value={fields.durationSec}
            disabled={busy}
            {...invalid('durationSec')}
            onInput={(event) => session.edit(index, 'durationSec', event.currentTarget.valueAsNumber)}
            onBlur={() => session.seal()}
          />
        </div>
      </div>
      <fieldset class="ed-palette" disabled={busy}>
        <legend>{m.fields.palette}</legend>
        {fields.palette.map((colour, at) => (
          <label key={at} class="ed-colour">
            <span class="ed-sr">{fill(m.colour, { n: at + 1 })}</span>
            <input
              type="color"
              value={colour.toLowerCase()}
              onInput={(event) =>
                session.edit(
                  index,
                  'palette',
                  fields.palette.map((c, i) => (i === at ? event.currentTarget.value : c)),
                )
              }
            />
          </label>
        ))}
      </fieldset>
      <div class="ed-field ed-picture">
        <label for={id('picture')}>{m.picture}</label>
        {imageUrl && <img src={imageUrl} alt="" width={160} height={90} loading="lazy" decoding="async" />}
        <div class="ed-inline">
          <input
            id={id('picture')}
            type="file"
            accept="image/png,image/jpeg,image/webp"
            disabled={busy || locked}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0]
              event.currentTarget.value = ''
              if (file) void session.picture(index, file)
            }}
          />
          {imageUrl && (
            <button type="button" class="btn" disabled={busy || locked} onClick={() => void session.picture(index, null)}>
              {m.removePicture}
            </button>
          )}
        </div>
      </div>
      <div class="ed-ai">
        <button type="button" class="btn" disabled={busy || locked} onClick={() => rewrite()}>
          {m.regenerate}
        </button>
        <div class="ed-field ed-rewrite">
          <label for={id('instruction')}>{m.instruction}</label>
          <div class="ed-chips">
            {m.presets.map((preset) => (
              <button key={preset} type="button" class="chip" disabled={busy || locked} onClick={() => rewrite(preset)}>
                {preset}
              </button>
            ))}
          </div>
          <div class="ed-inline">
            <input
              id={id('instruction')}
              type="text"
              maxLength={limits.instruction}
              value={instruction}
              onInput={(event) => setInstruction(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && instruction.trim()) rewrite(instruction.trim())
              }}
            />
            <button type="button" class="btn" disabled={busy || locked || !instruction.trim()} onClick={() => rewrite(instruction.trim())}>
              {m.rewrite}
            </button>
          </div>
        </div>
      </div>
      <div class="ed-add">
        <button
          type="button"
          class="btn"
          disabled={count >= limits.maxScenes}
          onClick={() => session.add(index, { narration: m.newNarration, visual: m.newVisual })}
        >
          + {m.add}
        </button>
      </div>
    </li>
  )
}
