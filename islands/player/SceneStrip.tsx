import type { NarrationStatus, PlayerScene } from './types.ts'

type Props = {
  scenes: readonly PlayerScene[]
  current: number
  disabled: boolean
  /** Seeks to the scene's start, in seconds. */
  onSelect: (startSec: number) => void
}

const STATUS_LABELS: Record<NarrationStatus, string> = { pending: 'narration in progress', ready: '', failed: 'narration failed' }

/**
 * One button per scene, to jump to it; a scene still being narrated (or whose narration failed) is
 * marked, since it plays silent with captions timed over the whole scene.
 */
export function SceneStrip({ scenes, current, disabled, onSelect }: Props) {
  let startSec = 0
  return (
    <ol class="player-scenes" aria-label="Scenes">
      {scenes.map((scene, index) => {
        const at = startSec
        startSec += scene.durationSec
        const status = scene.narrationStatus ?? 'ready'
        const note = STATUS_LABELS[status]
        return (
          <li key={index} data-narration={status}>
            <button
              type="button"
              class="player-scene"
              aria-current={index === current ? 'true' : undefined}
              disabled={disabled}
              title={note || undefined}
              onClick={() => onSelect(at)}
            >
              {index + 1}
              {note && <span class="player-sr">, {note}</span>}
            </button>
          </li>
        )
      })}
    </ol>
  )
}
