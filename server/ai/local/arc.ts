import type { ShotType, VideoStyle } from '../storyboard.ts'
import { sceneCountRange } from '../timing.ts'
import type { Beat, Mood } from './lang/types.ts'
import type { Random } from './random.ts'

/**
 * The shape of a storyboard before any words: how many scenes, which beat of the arc each one plays
 * (hook → context → development → payoff → closing), its shot and its share of the running time.
 */

/** Seconds per scene a style settles into; moods nudge it (energy cuts faster, calm lingers). */
const STYLE_SCENE_SEC: Record<VideoStyle, number> = {
  playful: 5,
  corporate: 5,
  retro: 5,
  documentary: 5.5,
  minimal: 5.5,
  noir: 5.5,
  cinematic: 5.5,
  dreamy: 6,
}
const MOOD_SCENE_SEC: Partial<Record<Mood, number>> = { bold: -0.5, funny: -0.3, calm: 0.5, mysterious: 0.3, elegant: 0.3 }

/** Long videos take longer scenes: three minutes of four-second cuts is exhausting. */
const lengthScenesSec = (durationSec: number): number => (durationSec >= 90 ? 1 : durationSec >= 60 ? 0.5 : 0)

/** How many scenes: the style's rhythm, kept within one scene per 3-6 s. */
export const chooseSceneCount = (durationSec: number, style: VideoStyle, mood: Mood): number => {
  const sceneSec = STYLE_SCENE_SEC[style] + (MOOD_SCENE_SEC[mood] ?? 0) + lengthScenesSec(durationSec)
  const { min, max } = sceneCountRange(durationSec)
  return Math.min(max, Math.max(min, Math.round(durationSec / sceneSec)))
}

/**
 * Which beat each scene plays. Every video opens with a hook and ends with a closing; from four scenes
 * on there is context and a payoff; whatever remains is development, where long videos spend their time.
 */
export const planBeats = (count: number): Beat[] => {
  if (count <= 1) return ['hook']
  const hook = count >= 20 ? 2 : 1
  const closing = count >= 24 ? 2 : 1
  const context = count >= 4 ? Math.max(1, Math.round(count * 0.2)) : 0
  const payoff = count >= 4 ? Math.max(1, Math.round(count * 0.12)) : 0
  const development = count - hook - closing - context - payoff
  const run = (beat: Beat, times: number): Beat[] => Array.from({ length: Math.max(0, times) }, () => beat)
  return [
    ...run('hook', hook),
    ...run('context', context),
    ...run('development', development),
    ...run('payoff', payoff),
    ...run('closing', closing),
  ]
}

/** Shots that suit each beat, most fitting first. */
const BEAT_SHOTS: Record<Beat, readonly ShotType[]> = {
  hook: ['establishing', 'extreme close-up', 'wide', 'tracking'],
  context: ['wide', 'medium', 'tracking', 'pov'],
  development: ['medium', 'close-up', 'tracking', 'overhead', 'pov', 'extreme close-up'],
  payoff: ['close-up', 'medium', 'wide'],
  closing: ['wide', 'establishing', 'medium'],
}

/** A shot per scene, never the same shot twice in a row. */
export const chooseShots = (beats: readonly Beat[], random: Random): ShotType[] => {
  const shots: ShotType[] = []
  for (const beat of beats) {
    const options = BEAT_SHOTS[beat].filter((shot) => shot !== shots[shots.length - 1])
    shots.push(random.pick(options))
  }
  return shots
}

/** The payoff and the closing breathe a little longer than their words alone would ask. */
const BEAT_WEIGHT: Record<Beat, number> = { hook: 1, context: 1, development: 1, payoff: 1.1, closing: 1.15 }

/**
 * Relative scene lengths, following the narration: a scene gets time in proportion to its words (plus a
 * beat of silence), shaped by its beat, with a little variation so the cuts do not tick like a clock.
 */
export const sceneWeights = (beats: readonly Beat[], wordCounts: readonly number[], random: Random): number[] =>
  beats.map((beat, index) => (wordCounts[index]! + 3) * BEAT_WEIGHT[beat] * (0.95 + random.next() * 0.1))
