import type { PlayerMessages } from '../../shared/player-messages.ts'
import { MUSIC_LEVEL_LIMITS } from '../../shared/music.ts'

/** The level slider moves in steps of 5 %; arrow keys on it move one step, Page Up/Down as the browser does. */
const LEVEL_STEP = 5

type Props = {
  messages: Pick<PlayerMessages, 'music' | 'musicLevel'>
  uiLanguage: string
  on: boolean
  /** Percent, kept while the music is off so switching it on restores it. */
  level: number
  disabled: boolean
  onChange: (on: boolean, level: number) => void
}

/**
 * The background music's switch and level. The player's own keys (Space, K, arrows) are not
 * handled inside it (Player.tsx), so the checkbox and the slider keep their native keyboard use.
 */
export function MusicControls({ messages, uiLanguage, on, level, disabled, onChange }: Props) {
  const percent = new Intl.NumberFormat(uiLanguage, { style: 'percent' }).format(level / 100)
  return (
    <div class="player-music">
      <label class="player-option">
        <input
          type="checkbox"
          class="player-music-on"
          checked={on}
          disabled={disabled}
          onChange={(event) => onChange(event.currentTarget.checked, level)}
        />
        <span>{messages.music}</span>
      </label>
      <label class="player-option">
        <span>{messages.musicLevel}</span>
        <input
          type="range"
          class="player-music-level"
          min={MUSIC_LEVEL_LIMITS.min}
          max={MUSIC_LEVEL_LIMITS.max}
          step={LEVEL_STEP}
          value={level}
          aria-valuetext={percent}
          disabled={disabled || !on}
          onInput={(event) => onChange(on, Number(event.currentTarget.value))}
        />
        <output class="player-music-value">{percent}</output>
      </label>
    </div>
  )
}
