import type { ShotType } from '../storyboard.ts'
import type { Beat } from './lang/types.ts'
import type { Random } from './random.ts'

/** Shots that suit each beat of a storyboard, most fitting first. */
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
