/**
 * The storyboard as a timeline: where each scene starts, which scene a moment belongs to, and how
 * neighbouring scenes blend. Pure numbers, so the drawing code and the tests share one truth.
 *
 * A crossfade is centred on the boundary between two scenes: it never adds or removes time, so the
 * video lasts exactly the sum of the scene durations.
 */

/** The default crossfade length, in seconds. */
export const TRANSITION_SEC = 0.5

export type Timeline = {
  totalSec: number
  startsSec: number[]
  durationsSec: number[]
  /** Half of the crossfade at boundary `i` (between scene `i` and `i + 1`). */
  fadeHalvesSec: number[]
}

/** What is on screen at one moment: the scene whose time it is and its position within it. */
export type ScenePosition = { index: number; localSec: number; progress: number }

/**
 * One scene drawn at one moment, bottom layer first. `alpha` is its opacity; `progress` runs from 0
 * to 1 over the whole time the scene is visible (fades included), so its motion never stalls.
 */
export type Layer = { index: number; alpha: number; progress: number }

/**
 * @param durationsSec each scene's duration; every one must be a positive finite number
 * @param [options.transitionSec=TRANSITION_SEC] crossfade length; 0 gives hard cuts. A fade is
 *   shortened so that each scene is seen alone for at least half of its duration.
 */
export const createTimeline = (durationsSec: readonly number[], options: { transitionSec?: number } = {}): Timeline => {
  const transitionSec = options.transitionSec ?? TRANSITION_SEC
  const startsSec: number[] = []
  let totalSec = 0
  for (const [index, duration] of durationsSec.entries()) {
    if (!Number.isFinite(duration) || duration <= 0)
      throw new TypeError(`scene ${index}: duration must be a positive number, got ${duration}`)
    startsSec.push(totalSec)
    totalSec += duration
  }
  const fadeHalvesSec = durationsSec
    .slice(0, -1)
    .map((duration, index) => Math.max(0, Math.min(transitionSec / 2, duration / 4, durationsSec[index + 1]! / 4)))
  return { totalSec, startsSec, durationsSec: [...durationsSec], fadeHalvesSec }
}

/** A seek target made valid: inside [0, total]; anything that is not a number means the start. */
export const clampTime = (timeline: Timeline, sec: number): number =>
  Number.isFinite(sec) ? Math.min(timeline.totalSec, Math.max(0, sec)) : 0

/** The scene whose time it is. A boundary belongs to the scene that starts there; the end, to the last. */
export const sceneAt = (timeline: Timeline, sec: number): ScenePosition => {
  const time = clampTime(timeline, sec)
  let index = 0
  while (index < timeline.startsSec.length - 1 && time >= timeline.startsSec[index + 1]!) index++
  const localSec = time - (timeline.startsSec[index] ?? 0)
  const duration = timeline.durationsSec[index] ?? 0
  return { index, localSec, progress: duration > 0 ? Math.min(1, localSec / duration) : 0 }
}

const visibleProgress = (timeline: Timeline, index: number, time: number) => {
  const fadeIn = timeline.fadeHalvesSec[index - 1] ?? 0
  const fadeOut = timeline.fadeHalvesSec[index] ?? 0
  const from = timeline.startsSec[index]! - fadeIn
  const span = timeline.durationsSec[index]! + fadeIn + fadeOut
  return Math.min(1, Math.max(0, (time - from) / span))
}

/** The scenes to draw at `sec`, bottom first: one, or two during a crossfade. */
export const layersAt = (timeline: Timeline, sec: number): Layer[] => {
  if (timeline.totalSec === 0) return []
  const time = clampTime(timeline, sec)
  const { index, localSec } = sceneAt(timeline, time)
  const layer = (at: number, alpha: number): Layer => ({ index: at, alpha, progress: visibleProgress(timeline, at, time) })
  const fadeIn = timeline.fadeHalvesSec[index - 1] ?? 0
  const fadeOut = timeline.fadeHalvesSec[index] ?? 0
  const untilEnd = timeline.durationsSec[index]! - localSec
  // The second half of the fade from the previous scene: this scene goes from 50% to fully opaque.
  if (localSec < fadeIn) return [layer(index - 1, 1), layer(index, 0.5 + localSec / (2 * fadeIn))]
  // The first half of the fade into the next scene: the next one goes from 0 to 50%.
  if (untilEnd < fadeOut) return [layer(index, 1), layer(index + 1, 0.5 - untilEnd / (2 * fadeOut))]
  return [layer(index, 1)]
}
