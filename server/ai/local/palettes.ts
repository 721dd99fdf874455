import type { VideoStyle } from '../storyboard.ts'
import { adjust } from './color.ts'
import type { Beat, Mood } from './lang/types.ts'
import type { Random } from './random.ts'

/**
 * Hand-picked palettes per style: [background, secondary, accent, highlight, ink]. Posters read them in
 * that order (the storyboard schema only promises that the first colour is the background).
 */
export const STYLE_PALETTES: Record<VideoStyle, ReadonlyArray<readonly string[]>> = {
  cinematic: [
    ['#0f2a3a', '#1f4e5f', '#e07a3f', '#f2c58b', '#f5efe6'],
    ['#101726', '#2b3a55', '#c9a227', '#e8d5a3', '#f7f3e8'],
    ['#1d1a2f', '#4a3b6b', '#e36f5c', '#f6b38e', '#fbeee6'],
  ],
  documentary: [
    ['#2f2a24', '#6b5e4a', '#c58b4f', '#e8d9c0', '#faf6ef'],
    ['#1f2b24', '#4f6b57', '#a3b18a', '#dde5b6', '#f7f7f0'],
    ['#22272e', '#56606b', '#8fa3b1', '#d4dde3', '#f5f7f8'],
  ],
  playful: [
    ['#ff6f59', '#ffcf56', '#3ec1d3', '#fff3c4', '#2d1e4a'],
    ['#3ec1d3', '#f9f871', '#ff7aa2', '#e9fbff', '#1b264f'],
    ['#8ac926', '#ffca3a', '#ff595e', '#f4ffe0', '#1a2b4c'],
  ],
  minimal: [
    ['#f4f1ec', '#d9d4cc', '#1f1f1f', '#8c8c8c', '#111111'],
    ['#eef2f3', '#c8d3d5', '#2a6f97', '#a4b8c4', '#0b1f2a'],
    ['#161616', '#2b2b2b', '#e5e5e5', '#777777', '#fafafa'],
  ],
  retro: [
    ['#f4e1c1', '#e9a23b', '#d1495b', '#00798c', '#30343f'],
    ['#2e4057', '#f6ae2d', '#f26419', '#86bbd8', '#fdf0d5'],
    ['#edd9a3', '#b5651d', '#6a994e', '#386641', '#2b2118'],
  ],
  noir: [
    ['#0b0b0c', '#2a2a2e', '#c9c9c9', '#7a7a80', '#f2f2f2'],
    ['#101012', '#3a3a40', '#b3202a', '#8a8a90', '#eeeeee'],
    ['#14161a', '#2f343b', '#d4af37', '#6b7078', '#f0ede6'],
  ],
  corporate: [
    ['#0b3c5d', '#328cc1', '#d9b310', '#e8eef2', '#ffffff'],
    ['#1d3557', '#457b9d', '#e63946', '#a8dadc', '#f1faee'],
    ['#243447', '#2f6690', '#3a7ca5', '#d9dcd6', '#ffffff'],
  ],
  dreamy: [
    ['#c3b1e1', '#f7c5cc', '#a0e7e5', '#fffaf0', '#4a3f6b'],
    ['#fbd3e9', '#bb9fdc', '#9ad0ec', '#fff5fb', '#3f3a60'],
    ['#b8c0ff', '#ffd6ff', '#e7c6ff', '#f8f7ff', '#2e2a4f'],
  ],
}

/** How a mood bends a palette: warmer hues, softer saturation, darker grounds… */
const MOOD_SHIFT: Record<Mood, { h?: number; s?: number; l?: number }> = {
  warm: { h: -8, s: 0.04 },
  funny: { s: 0.06, l: 0.02 },
  bold: { s: 0.08 },
  calm: { s: -0.1, l: 0.02 },
  mysterious: { s: -0.06, l: -0.05 },
  inspiring: { l: 0.03 },
  elegant: { s: -0.08 },
  nostalgic: { h: -5, s: -0.08 },
  professional: { s: -0.04 },
}

/** The arc in light: the hook a little darker, the payoff brightest, the closing settling back. */
const BEAT_LIGHT: Record<Beat, number> = { hook: -0.04, context: -0.02, development: 0, payoff: 0.04, closing: 0.01 }

/** The video's base palette: one of its style's palettes, bent by the main mood. */
export const choosePalette = (style: VideoStyle, mood: Mood, random: Random): string[] => {
  const base = random.pick(STYLE_PALETTES[style])
  return base.map((color) => adjust(color, MOOD_SHIFT[mood]))
}

/**
 * One scene's palette: the base, shaded by its beat and drifting a few degrees of hue along the video,
 * so consecutive posters feel related but not identical. The ink colour is left as is for contrast.
 */
export const scenePalette = (base: readonly string[], beat: Beat, position: number): string[] => {
  // A triangle wave (not Math.sin, whose last bits may differ between engines): 0 → +6° → 0 → -6° → 0.
  const phase = (((position % 1) + 1) % 1) * 4
  const drift = (phase < 1 ? phase : phase < 3 ? 2 - phase : phase - 4) * 6
  return base.map((color, index) =>
    index === base.length - 1 ? color : adjust(color, { h: drift, l: index === 0 ? BEAT_LIGHT[beat] : BEAT_LIGHT[beat] / 2 }),
  )
}
