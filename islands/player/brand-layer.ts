/**
 * What a brand kit adds to a frame (shared/brand.ts): the intro and outro cards, drawn over the
 * video's own first and last seconds (so its length, narration and captions stay exactly as they
 * are), and the logo, a small watermark in the top-right corner. Pure geometry and timing here; the
 * painter (draw.ts) draws them, the same in the player and the export.
 */
import { BRAND_CARD_SEC } from '../../shared/brand.ts'
import type { Size } from './types.ts'

/** How far into its own seconds a card fades in or out. */
const FADE_SEC = 0.4

/** The card on screen at `timeSec`, with its opacity (fading in and out), or null. */
export const cardAt = (
  brand: { introText: string; outroText: string },
  timeSec: number,
  totalSec: number,
): { text: string; alpha: number } | null => {
  // A video too short for both keeps each to half of it.
  const span = Math.min(BRAND_CARD_SEC, totalSec / 2)
  if (span <= 0) return null
  const fade = Math.min(FADE_SEC, span / 2)
  if (brand.introText.trim() && timeSec < span) {
    return { text: brand.introText, alpha: Math.min(1, (span - timeSec) / fade) }
  }
  const fromEnd = totalSec - timeSec
  if (brand.outroText.trim() && fromEnd <= span) {
    return { text: brand.outroText, alpha: Math.min(1, (span - Math.max(0, fromEnd)) / fade) }
  }
  return null
}

/** Where the logo goes: in the top-right corner, at most 8 % of the short side tall and 22 % of the width wide. */
export const logoRect = (logo: Size, frame: Size): { x: number; y: number; width: number; height: number } | null => {
  if (logo.width <= 0 || logo.height <= 0) return null
  const short = Math.min(frame.width, frame.height)
  const margin = short * 0.035
  const scale = Math.min((short * 0.08) / logo.height, (frame.width * 0.22) / logo.width)
  const width = logo.width * scale
  const height = logo.height * scale
  return { x: frame.width - margin - width, y: margin, width, height }
}
