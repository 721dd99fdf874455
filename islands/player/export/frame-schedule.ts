/**
 * The export's frames: a fixed rate, frame `i` showing the moment `i / fps`, so the file lasts
 * exactly the storyboard however long each frame takes to draw and encode.
 */
export const FRAMES_PER_SECOND = 30

export type FrameSlot = { index: number; timeSec: number; durationSec: number }

/** How many frames cover `totalSec`: rounded, so a 59.99 s timeline is not cut a frame short. */
export const frameCount = (totalSec: number, fps = FRAMES_PER_SECOND): number =>
  totalSec > 0 ? Math.max(1, Math.round(totalSec * fps)) : 0

/** Frame `index`'s time and length; the frame sequence tiles [0, count / fps) without gaps. */
export const frameSlot = (index: number, fps = FRAMES_PER_SECOND): FrameSlot => ({ index, timeSec: index / fps, durationSec: 1 / fps })
