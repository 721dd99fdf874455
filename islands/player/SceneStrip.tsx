import type { PlayerMessages } from '../../shared/player-messages.ts'
import type { PlayerScene } from './types.ts'

type Props = {
  scenes: readonly PlayerScene[]
  current: number
  disabled: boolean
  messages: Pick<PlayerMessages, 'sceneList' | 'narrationPending' | 'narrationFailed'>
  /** Seeks to the scene's start, in seconds. */
  onSelect: (startSec: number) => void
}

/**
 * One button per scene, to jump to it; a scene still being narrated (or whose narration failed) is
 * marked, since it plays silent with captions timed over the whole scene.
 */
export function SceneStrip({ scenes, current, disabled, messages, onSelect }: Props) {
  const notes = { pending: messages.narrationPending, ready: '', failed: messages.narrationFailed }
  let startSec = 0
  return (
    <ol class="player-scenes" aria-label={messages.sceneList}>
      {scenes.map((scene, index) => {
        const at = startSec
        startSec += scene.durationSec
        const status = scene.narrationStatus ?? 'ready'
        const note = notes[status]
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
