import type { VideoStyle } from '../ai/storyboard.ts'

/** How a video's style treats the pictures of its posters. */
export interface Mood {
  /** Drawings in grey (noir) or sepia (retro), by an SVG colour matrix on their group. */
  tone?: 'mono' | 'sepia'
  /** A pool of light behind the hero. */
  spotlight: boolean
  /** Soft halos and specks of light (dreamy). */
  glow: boolean
  /** Drawings tilted up to this many degrees, and confetti (playful). */
  tilt: number
  /** A faint grid behind (corporate). */
  grid: boolean
  /** Nothing but the background, the drawings and their shadows (minimal). */
  plain: boolean
}

const NEUTRAL: Mood = { spotlight: false, glow: false, tilt: 0, grid: false, plain: false }

export const STYLE_MOODS: Readonly<Record<VideoStyle, Mood>> = {
  cinematic: { ...NEUTRAL, spotlight: true },
  documentary: NEUTRAL,
  playful: { ...NEUTRAL, tilt: 10 },
  minimal: { ...NEUTRAL, plain: true },
  retro: { ...NEUTRAL, tone: 'sepia' },
  noir: { ...NEUTRAL, tone: 'mono', spotlight: true },
  corporate: { ...NEUTRAL, grid: true },
  dreamy: { ...NEUTRAL, glow: true },
}

/** feColorMatrix values: luminance-preserving grey, and the usual sepia matrix. */
export const TONE_MATRICES: Readonly<Record<NonNullable<Mood['tone']>, string>> = {
  mono: '0.2126 0.7152 0.0722 0 0 0.2126 0.7152 0.0722 0 0 0.2126 0.7152 0.0722 0 0 0 0 0 1 0',
  sepia: '0.393 0.769 0.189 0 0 0.349 0.686 0.168 0 0 0.272 0.534 0.131 0 0 0 0 0 1 0',
}
