/**
 * Where text may go on a frame, per aspect ratio. Captions and the on-screen text get separate
 * areas that never overlap, and both stay clear of the edges that phones crop and app overlays cover:
 * in 9:16 the top bar, the column of buttons on the right and the description at the bottom.
 * Areas are shares of the frame, so 720p and 1080p exports place text alike.
 */
import type { CaptionPosition } from './caption-style.ts'
import type { PlayerAspect, Size } from './types.ts'

export type Rect = { x: number; y: number; width: number; height: number }

/** Edges as shares of the frame: left, right, top, bottom (each from its own side). */
type Insets = { left: number; right: number; top: number; bottom: number }

type AspectAreas = { title: Insets; captionBottom: Insets; captionMiddle: Insets }

const AREAS: Record<PlayerAspect, AspectAreas> = {
  '16:9': {
    title: { left: 0.08, right: 0.08, top: 0.08, bottom: 0.54 },
    captionBottom: { left: 0.08, right: 0.08, top: 0.62, bottom: 0.07 },
    captionMiddle: { left: 0.08, right: 0.08, top: 0.5, bottom: 0.26 },
  },
  '9:16': {
    title: { left: 0.07, right: 0.13, top: 0.1, bottom: 0.58 },
    captionBottom: { left: 0.07, right: 0.13, top: 0.6, bottom: 0.2 },
    captionMiddle: { left: 0.07, right: 0.13, top: 0.46, bottom: 0.32 },
  },
  '1:1': {
    title: { left: 0.08, right: 0.08, top: 0.07, bottom: 0.58 },
    captionBottom: { left: 0.08, right: 0.08, top: 0.64, bottom: 0.07 },
    captionMiddle: { left: 0.08, right: 0.08, top: 0.48, bottom: 0.26 },
  },
  '4:5': {
    title: { left: 0.08, right: 0.08, top: 0.07, bottom: 0.6 },
    captionBottom: { left: 0.08, right: 0.08, top: 0.64, bottom: 0.08 },
    captionMiddle: { left: 0.08, right: 0.08, top: 0.46, bottom: 0.3 },
  },
}

const RATIOS: [PlayerAspect, number][] = [
  ['16:9', 16 / 9],
  ['9:16', 9 / 16],
  ['1:1', 1],
  ['4:5', 4 / 5],
]

/** The aspect ratio nearest to a frame's (the export's 1080x1920 is 9:16 like the player's 720x1280). */
export const aspectOf = ({ width, height }: Size): PlayerAspect => {
  const ratio = width / height
  return RATIOS.reduce((best, candidate) =>
    Math.abs(Math.log(candidate[1] / ratio)) < Math.abs(Math.log(best[1] / ratio)) ? candidate : best,
  )[0]
}

const place = ({ width, height }: Size, insets: Insets): Rect => ({
  x: width * insets.left,
  y: height * insets.top,
  width: width * (1 - insets.left - insets.right),
  height: height * (1 - insets.top - insets.bottom),
})

/** The on-screen text's area: the upper part of the frame. */
export const titleSafeArea = (size: Size): Rect => place(size, AREAS[aspectOf(size)].title)

/** The caption area: the bottom band (higher in portrait), or a band across the middle. */
export const captionSafeArea = (size: Size, position: CaptionPosition = 'bottom'): Rect => {
  const areas = AREAS[aspectOf(size)]
  return place(size, position === 'middle' ? areas.captionMiddle : areas.captionBottom)
}
