/**
 * Ducking: the music dips while a sentence is spoken and comes back between sentences, with short
 * ramps so neither the dip nor the return clicks. Spans come from the sentence timings the player and
 * the export already place the narration by (scene start + sentence start/end).
 */
import type { CurvePoint } from './curve.ts'

export type Span = { startSec: number; endSec: number }

/** The music's gain under speech (about -10 dB) and the ramps into and out of it. */
export const DUCKING = { depth: 0.32, attackSec: 0.12, releaseSec: 0.45 } as const

/** Every sentence that has a clip, at its absolute time, in order and merged where they overlap. */
export const speechSpans = (
  scenes: readonly { sentences?: readonly { startSec: number; endSec: number; audioUrl: string | null }[] }[],
  sceneStartsSec: readonly number[],
): Span[] => {
  const spans = scenes
    .flatMap((scene, index) =>
      (scene.sentences ?? []).flatMap((sentence) => {
        const start = (sceneStartsSec[index] ?? 0) + Math.max(0, sentence.startSec)
        const end = (sceneStartsSec[index] ?? 0) + sentence.endSec
        return sentence.audioUrl && end > start ? [{ startSec: start, endSec: end }] : []
      }),
    )
    .sort((a, b) => a.startSec - b.startSec)
  return mergeSpans(spans, 0)
}

/** Joins spans closer than `gapSec`: a dip that would barely come up before the next is held instead. */
const mergeSpans = (spans: readonly Span[], gapSec: number): Span[] => {
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span.startSec - last.endSec < gapSec) last.endSec = Math.max(last.endSec, span.endSec)
    else merged.push({ ...span })
  }
  return merged
}

/** The ducking gain as a curve: 1 with no speech, `depth` under it, reached `attackSec` before a sentence starts. */
export const duckingCurve = (
  spans: readonly Span[],
  options: { depth: number; attackSec: number; releaseSec: number } = DUCKING,
): CurvePoint[] => {
  const points: CurvePoint[] = [{ timeSec: 0, value: 1 }]
  for (const span of mergeSpans(spans, options.attackSec + options.releaseSec)) {
    const down = Math.max(0, span.startSec - options.attackSec)
    if (down > points.at(-1)!.timeSec) points.push({ timeSec: down, value: 1 })
    points.push({ timeSec: Math.max(down, span.startSec), value: options.depth })
    points.push({ timeSec: span.endSec, value: options.depth })
    points.push({ timeSec: span.endSec + options.releaseSec, value: 1 })
  }
  return points
}
