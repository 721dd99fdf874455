/**
 * The playback clock. Time comes from a monotonic clock (performance.now in the browser), never
 * from counting frames: a dropped or slow frame must not stretch the video, so a scene lasts its
 * duration on any machine.
 */
export type PlaybackClock = {
  /** The current position in seconds, within [0, totalSec]. */
  time(): number
  isPlaying(): boolean
  /** True once playing has reached the end. */
  isEnded(): boolean
  /** Starts (or resumes) playing; at the end it starts over from 0. */
  play(): void
  pause(): void
  /** Moves to `sec` (clamped to [0, totalSec]) without changing whether it plays; returns the new position. */
  seek(sec: number): number
}

export type PlaybackClockOptions = {
  totalSec: number
  /** Milliseconds from a monotonic source. @default performance.now */
  now?: () => number
}

export const createPlaybackClock = ({ totalSec, now = () => performance.now() }: PlaybackClockOptions): PlaybackClock => {
  let playing = false
  /** Position at `anchorMs`; while playing, the position grows with the time since then. */
  let anchorSec = 0
  let anchorMs = 0

  const clamp = (sec: number) => (Number.isFinite(sec) ? Math.min(totalSec, Math.max(0, sec)) : 0)
  const time = () => (playing ? clamp(anchorSec + (now() - anchorMs) / 1000) : anchorSec)
  const anchor = (sec: number) => {
    anchorSec = clamp(sec)
    anchorMs = now()
    return anchorSec
  }

  return {
    time,
    isPlaying: () => playing,
    isEnded: () => time() >= totalSec,
    play() {
      if (playing) return
      anchor(anchorSec >= totalSec ? 0 : anchorSec)
      playing = true
    },
    pause() {
      if (!playing) return
      anchor(time())
      playing = false
    },
    seek: anchor,
  }
}
