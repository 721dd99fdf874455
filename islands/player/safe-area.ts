/**
 * Where text may go on a frame. Captions and the on-screen title get separate areas so they never
 * overlap, and both stay clear of the edges that phones crop and app overlays cover (more of the
 * bottom in portrait, where the share and like buttons sit).
 */
import type { CaptionPosition } from './caption-style.ts'
import type { Size } from './types.ts'

export type Rect = { x: number; y: number; width: number; height: number }

/** The side margins, as a share of the width. */
const SIDE_MARGIN = 0.08

/** The on-screen text's area: the upper part of the frame. */
export const titleSafeArea = ({ width, height }: Size): Rect => ({
  x: width * SIDE_MARGIN,
  y: height * 0.08,
  width: width * (1 - 2 * SIDE_MARGIN),
  height: height * 0.4,
})

/** The caption area: the bottom band (higher in portrait), or a band across the middle. */
export const captionSafeArea = ({ width, height }: Size, position: CaptionPosition = 'bottom'): Rect => {
  const x = width * SIDE_MARGIN
  const areaWidth = width * (1 - 2 * SIDE_MARGIN)
  if (position === 'middle') return { x, y: height * 0.5, width: areaWidth, height: height * 0.24 }
  const bottom = height * (height > width ? 0.84 : 0.93)
  const top = height * (height > width ? 0.6 : 0.62)
  return { x, y: top, width: areaWidth, height: bottom - top }
}
