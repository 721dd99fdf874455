/** The exported video's frame size: the shorter side is 720 or 1080 px, the other follows the aspect. */
import type { PlayerAspect, Size } from '../types.ts'

export type Resolution = '720p' | '1080p'
export const RESOLUTIONS: readonly Resolution[] = ['720p', '1080p']

/** Width over height per aspect, as the two integers of its name. */
const RATIOS: Record<PlayerAspect, [number, number]> = { '16:9': [16, 9], '9:16': [9, 16], '1:1': [1, 1], '4:5': [4, 5] }

/** Both sides even: H.264 and VP9 encoders need them so (4:2:0 chroma halves each). */
export const exportSize = (aspect: PlayerAspect, resolution: Resolution): Size => {
  const short = resolution === '1080p' ? 1080 : 720
  const [w, h] = RATIOS[aspect] ?? RATIOS['16:9']
  const even = (value: number) => 2 * Math.round(value / 2)
  return w >= h ? { width: even((short * w) / h), height: short } : { width: short, height: even((short * h) / w) }
}
