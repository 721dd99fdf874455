/**
 * The music in the player: the score scheduled a little ahead of the playhead on the player's
 * AudioContext (the one the narration plays on, so both follow one clock), restarted from the new
 * position on every play and seek, silenced on pause. Loaded (dynamic import) on the first play with
 * music on.
 */
import type { MusicSettings } from '../../../shared/music.ts'
import type { Transport } from '../engine.ts'
import { scheduleCurve } from './curve.ts'
import { duckingCurve, type Span } from './ducking.ts'

export { speechSpans } from './ducking.ts'
import { composeScore, fadeCurve, notesSounding, notesStarting } from './score.ts'
import { createMusicChain, levelGain, playNote } from './synth.ts'

export type LiveMusic = {
  follow(transport: Transport): void
  setLevel(levelPercent: number): void
  destroy(): void
}

export type LiveMusicOptions = MusicSettings & {
  /** The player's shared AudioContext, created on the first gesture. */
  context: () => AudioContext
  durationSec: number
  speech: readonly Span[]
  levelPercent: number
}

/** How far ahead notes are scheduled, and how often the window moves: small enough for a seek to feel instant. */
const LOOKAHEAD_SEC = 1.5
const TICK_MS = 250
/** A level change glides (50 ms time constant) instead of clicking. */
const LEVEL_GLIDE_SEC = 0.05

export const createLiveMusic = (options: LiveMusicOptions): LiveMusic => {
  const score = composeScore(options)
  const fades = fadeCurve(score)
  const ducking = duckingCurve(options.speech)
  const sources = new Set<AudioScheduledSourceNode>()
  let chain: ReturnType<typeof createMusicChain> | null = null
  let timer: ReturnType<typeof setInterval> | null = null
  /** Context time of the video's 0 while playing; null while paused. */
  let origin: number | null = null
  let scheduledUntilSec = 0
  let levelPercent = options.levelPercent

  const stopAll = () => {
    if (timer !== null) clearInterval(timer)
    timer = null
    origin = null
    for (const source of sources) {
      try {
        source.stop()
      } catch {
        // Already stopped: nothing to do.
      }
    }
    sources.clear()
  }

  const start = (note: Parameters<typeof playNote>[1], at: number) => {
    if (!chain) return
    for (const source of playNote(chain.instruments, note, at)) {
      sources.add(source)
      source.addEventListener('ended', () => sources.delete(source))
    }
  }

  const tick = () => {
    if (!chain || origin === null) return
    const context = chain.instruments.context
    const horizonSec = Math.min(score.durationSec, context.currentTime - origin + LOOKAHEAD_SEC)
    for (const note of notesStarting(score, scheduledUntilSec, horizonSec)) start(note, origin + note.atSec)
    scheduledUntilSec = Math.max(scheduledUntilSec, horizonSec)
  }

  return {
    follow({ playing, timeSec }) {
      stopAll()
      if (!playing || levelPercent <= 0) return
      const context = options.context()
      void context.resume()
      chain ??= createMusicChain(context, context.destination, score, levelPercent)
      const now = context.currentTime
      origin = now - timeSec
      scheduleCurve(chain.fade.gain, fades, timeSec, now)
      scheduleCurve(chain.duck.gain, ducking, timeSec, now)
      // What is already sounding at the new position joins in at once, for what is left of it.
      for (const note of notesSounding(score, timeSec)) start({ ...note, atSec: timeSec, durSec: note.atSec + note.durSec - timeSec }, now)
      scheduledUntilSec = timeSec
      tick()
      timer = setInterval(tick, TICK_MS)
    },
    setLevel(next) {
      levelPercent = next
      if (chain) chain.level.gain.setTargetAtTime(levelGain(next), chain.instruments.context.currentTime, LEVEL_GLIDE_SEC)
    },
    destroy() {
      stopAll()
      chain?.level.disconnect()
      chain = null
    },
  }
}
