import { createHash } from 'node:crypto'
import { SHOT_TYPES, type ShotType, type VideoStyle } from '../storyboard.ts'
import type { Beat } from '../local/lang/types.ts'
import { STYLE_PALETTES, scenePalette } from '../local/palettes.ts'

/** A number from the text, the same on every machine: which palette and which shots a text gets. */
const seedOf = (text: string): number => createHash('sha256').update(text).digest().readUInt32LE(0)

/** The shots a middle scene cycles through; the first establishes, the last pulls back wide. */
const MIDDLE_SHOTS: readonly ShotType[] = SHOT_TYPES.filter((shot) => shot !== 'establishing')

/** A scene's place in the arc, by position alone: a person's text has no beats we could know. */
const beatAt = (index: number, total: number): Beat => {
  if (index === 0) return 'hook'
  if (total > 1 && index === total - 1) return 'closing'
  const position = index / total
  return position < 0.3 ? 'context' : position < 0.75 ? 'development' : 'payoff'
}

/**
 * Shots and palettes for `total` scenes of a text, as the built-in writer picks them: one of the
 * style's palettes shaded along the arc, an establishing shot first, a wide one last, the middle
 * scenes stepping through the other shots from a place the text decides.
 */
export const lookFor = (text: string, style: VideoStyle, total: number): { shot: ShotType; palette: string[] }[] => {
  const seed = seedOf(text)
  const palettes = STYLE_PALETTES[style]
  const base = palettes[seed % palettes.length]!
  return Array.from({ length: total }, (_, index) => {
    const shot: ShotType =
      index === 0 ? 'establishing' : total > 2 && index === total - 1 ? 'wide' : MIDDLE_SHOTS[(seed + index) % MIDDLE_SHOTS.length]!
    return { shot, palette: scenePalette(base, beatAt(index, total), index / total) }
  })
}
