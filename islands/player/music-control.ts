/**
 * The player's side of the music, without the music: it keeps the level and the last transport, and
 * loads the synthesizer (music/live.ts, its own chunk) only once something plays with music on.
 */
import type { MusicSettings } from '../../shared/music.ts'
import type { Transport } from './engine.ts'
import type { LiveMusic } from './music/live.ts'

export type MusicControl = {
  follow(transport: Transport): void
  setLevel(levelPercent: number): void
  destroy(): void
}

export type MusicControlOptions = {
  settings: MusicSettings
  levelPercent: number
  durationSec: number
  /** The narration's sentences; the music ducks under them. */
  scenes: Parameters<typeof import('./music/ducking.ts').speechSpans>[0]
  sceneStartsSec: readonly number[]
  context: () => AudioContext
  /** The playhead now (the import takes a moment; the music starts where the picture is by then). */
  position: () => Transport
}

export const createMusicControl = (options: MusicControlOptions): MusicControl => {
  let levelPercent = options.levelPercent
  let live: LiveMusic | null = null
  let loading: Promise<void> | null = null
  let destroyed = false

  const load = () =>
    (loading ??= import('./music/live.ts').then(({ createLiveMusic, speechSpans }) => {
      if (destroyed) return
      const speech = speechSpans(options.scenes, options.sceneStartsSec)
      live = createLiveMusic({ ...options.settings, context: options.context, durationSec: options.durationSec, speech, levelPercent })
      live.follow(options.position())
    }))

  return {
    follow(transport) {
      if (live) live.follow(transport)
      else if (transport.playing && levelPercent > 0) void load()
    },
    setLevel(next) {
      const wasOff = levelPercent <= 0
      levelPercent = next
      if (!live) {
        if (next > 0 && options.position().playing) void load()
        return
      }
      live.setLevel(next)
      // Off stops the notes; on again starts them from the playhead.
      if (wasOff !== next <= 0) live.follow(next > 0 ? options.position() : { ...options.position(), playing: false })
    },
    destroy() {
      destroyed = true
      live?.destroy()
    },
  }
}
