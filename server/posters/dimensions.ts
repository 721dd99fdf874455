import type { AspectRatio } from '../ai/storyboard.ts'

export interface PosterSize {
  width: number
  height: number
}

/** Pixel sizes of a poster per aspect ratio: 720p for the wide and tall frames, 1080 square, 1080 x 1350 portrait (Instagram's 4:5). */
export const POSTER_SIZES: Readonly<Record<AspectRatio, PosterSize>> = {
  '16:9': { width: 1280, height: 720 },
  '9:16': { width: 720, height: 1280 },
  '1:1': { width: 1080, height: 1080 },
  '4:5': { width: 1080, height: 1350 },
}

/** The poster's width and height for an aspect ratio; pages use them for `<img width height>`. */
export const posterDimensions = (aspect: AspectRatio): PosterSize => POSTER_SIZES[aspect]
