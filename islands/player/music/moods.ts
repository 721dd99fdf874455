/**
 * What makes each mood sound like itself, as data: the scale, chord progressions (scale degrees,
 * one chord a bar), the arpeggio and drum patterns (16 steps a bar), whether a melody plays, and how
 * bright the pad is. The score (score.ts) reads only this; adding a mood is adding a row.
 */
import type { MusicMood } from '../../../shared/music.ts'

/** Semitones above the key's root. */
const SCALES = {
  major: [0, 2, 4, 5, 7, 9, 11],
  minor: [0, 2, 3, 5, 7, 8, 10],
  dorian: [0, 2, 3, 5, 7, 9, 10],
  lydian: [0, 2, 4, 6, 7, 9, 11],
} as const

/**
 * A bar of 16 steps: `x` strong, `o` soft, `.` rest. For the arpeggio a digit names the chord tone
 * (0 root, 1 third, 2 fifth, 3 octave) and `.` rests.
 */
export type Pattern = string

export type MoodStyle = {
  scale: readonly number[]
  /** One is chosen per 8-bar section (seeded). */
  progressions: readonly (readonly number[])[]
  /** Roots (MIDI) the key is chosen among. */
  keys: readonly number[]
  arpeggios: readonly Pattern[]
  kick: Pattern | null
  snare: Pattern | null
  hat: Pattern | null
  /** Bass notes per bar: a pattern of `x`/`o` on the chord's root. */
  bass: Pattern
  melody: boolean
  /** The pad's lowpass cutoff in Hz: darker moods, lower. */
  padCutoffHz: number
}

export const MOODS: Record<MusicMood, MoodStyle> = {
  calm: {
    scale: SCALES.major,
    progressions: [
      [0, 5, 3, 4],
      [0, 3, 5, 4],
      [0, 4, 5, 3],
    ],
    keys: [50, 52, 53, 55],
    arpeggios: ['0...1...2...1...', '0.....2.....3...'],
    kick: null,
    snare: null,
    hat: null,
    bass: 'x.......o.......',
    melody: false,
    padCutoffHz: 1200,
  },
  upbeat: {
    scale: SCALES.major,
    progressions: [
      [0, 4, 5, 3],
      [5, 3, 0, 4],
    ],
    keys: [48, 50, 52, 55],
    arpeggios: ['0.1.2.3.2.1.0.1.', '0.2.3.2.1.2.3.2.'],
    kick: 'x...x...x...x...',
    snare: '....x.......x...',
    hat: '..o...o...o...o.',
    bass: 'x.o.x.o.x.o.x.o.',
    melody: true,
    padCutoffHz: 2400,
  },
  dramatic: {
    scale: SCALES.minor,
    progressions: [
      [0, 5, 2, 6],
      [0, 3, 5, 4],
      [0, 6, 5, 6],
    ],
    keys: [45, 48, 50, 52],
    arpeggios: ['0.0.1.0.2.0.1.0.', '0..1..2..3..2..1'],
    kick: 'x.......x..x....',
    snare: '........x.......',
    hat: null,
    bass: 'x.......x.......',
    melody: false,
    padCutoffHz: 900,
  },
  playful: {
    scale: SCALES.major,
    progressions: [
      [0, 3, 4, 0],
      [0, 5, 1, 4],
    ],
    keys: [53, 55, 57, 60],
    arpeggios: ['0.2.1.3.0.2.1.3.', '3.2.1.0.1.2.3...'],
    kick: 'x.....x.x.......',
    snare: '....o.......o...',
    hat: 'o.o.o.o.o.o.o.o.',
    bass: 'x...o...x...o...',
    melody: true,
    padCutoffHz: 2000,
  },
  corporate: {
    scale: SCALES.major,
    progressions: [
      [0, 4, 5, 3],
      [3, 0, 4, 5],
    ],
    keys: [48, 50, 53, 55],
    arpeggios: ['0.1.2.1.0.1.2.1.', '0.2.3.2.0.2.3.2.'],
    kick: 'x.......x.......',
    snare: '....o.......o...',
    hat: '..o...o...o...o.',
    bass: 'x...x...x...x...',
    melody: true,
    padCutoffHz: 1800,
  },
  dreamy: {
    scale: SCALES.lydian,
    progressions: [
      [0, 1, 0, 4],
      [0, 5, 1, 3],
    ],
    keys: [52, 53, 55, 57],
    arpeggios: ['0..2..3..2..1...', '3...2...1...0...'],
    kick: null,
    snare: null,
    hat: null,
    bass: 'x...............',
    melody: true,
    padCutoffHz: 1500,
  },
  noir: {
    scale: SCALES.dorian,
    progressions: [
      [0, 3, 0, 4],
      [0, 5, 3, 4],
    ],
    keys: [45, 47, 48, 50],
    arpeggios: ['0...2...1.....3.', '0.....1...2.....'],
    kick: null,
    snare: null,
    hat: '..o.....o.o.....',
    bass: 'x.....o.x.......',
    melody: false,
    padCutoffHz: 800,
  },
}
