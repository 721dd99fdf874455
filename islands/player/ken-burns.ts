/**
 * The slow pan and zoom over each still poster (the "Ken Burns effect"). Each scene gets its own
 * move, so consecutive scenes never drift the same way, and the image always covers the frame.
 */

/** A poster's placement at one moment: zoom over "cover" size, and the centre's shift as fractions of the frame. */
export type Motion = { scale: number; shiftX: number; shiftY: number }

export type Rect = { x: number; y: number; width: number; height: number }

/** Zoom range: starts slightly zoomed so a pan never reveals an edge. */
const ZOOM_FROM = 1.06
export const ZOOM_TO = 1.16
/** The largest shift either way; it must stay within (ZOOM_FROM - 1) / 2 for the image to keep covering the frame. */
const MAX_SHIFT = 0.025

/** Zoom in or out, and the pan direction (each component in [-1, 1]); scenes cycle through these. */
const MOVES = [
  { zoomIn: true, panX: 1, panY: 0 },
  { zoomIn: false, panX: -1, panY: 0.5 },
  { zoomIn: true, panX: 0, panY: -1 },
  { zoomIn: false, panX: 0.6, panY: 1 },
  { zoomIn: true, panX: -0.8, panY: -0.8 },
] as const

export const STILL: Motion = { scale: 1, shiftX: 0, shiftY: 0 }

/**
 * The move of scene `sceneIndex` at `progress` (0 to 1 over the time it is visible), linear as the
 * effect traditionally is. With reduced motion the poster stands still.
 */
export const kenBurnsAt = (sceneIndex: number, progress: number, options: { reducedMotion?: boolean } = {}): Motion => {
  if (options.reducedMotion) return STILL
  const move = MOVES[sceneIndex % MOVES.length]!
  const p = Math.min(1, Math.max(0, progress))
  const zoom = move.zoomIn ? p : 1 - p
  // -1 → +1 across the scene, so the middle of the scene is the centred framing.
  const travel = 2 * p - 1
  return {
    scale: ZOOM_FROM + (ZOOM_TO - ZOOM_FROM) * zoom,
    shiftX: move.panX * MAX_SHIFT * travel,
    shiftY: move.panY * MAX_SHIFT * travel,
  }
}

/**
 * Where to draw an image so that it covers a frame (like CSS `object-fit: cover`), zoomed and
 * shifted by `motion`.
 */
export const placeImage = (
  image: { width: number; height: number },
  frame: { width: number; height: number },
  motion: Motion = STILL,
): Rect => {
  const cover = Math.max(frame.width / image.width, frame.height / image.height) * motion.scale
  const width = image.width * cover
  const height = image.height * cover
  return {
    x: (frame.width - width) / 2 + motion.shiftX * frame.width,
    y: (frame.height - height) / 2 + motion.shiftY * frame.height,
    width,
    height,
  }
}
