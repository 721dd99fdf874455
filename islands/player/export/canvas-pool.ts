/**
 * The export's drawing surfaces, used in turn. A VideoFrame made from a canvas keeps a snapshot of
 * its pixels until the encoder has taken them, and drawing on that canvas meanwhile makes the
 * browser copy the whole buffer first (8 MB per 1080p frame). Drawing each frame on the next
 * canvas of a small ring leaves the snapshots alone (docs/measurements.md, Export speed).
 */
import type { Painter } from '../draw.ts'
import type { Size } from '../types.ts'

export type Surface = { canvas: OffscreenCanvas | HTMLCanvasElement; context: Painter }

const createSurface = ({ width, height }: Size): Surface | null => {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height)
    // The offscreen context has every member the painter uses; only its `canvas` type differs.
    const context = canvas.getContext('2d', { alpha: false }) as unknown as Painter | null
    return context && { canvas, context }
  }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d', { alpha: false })
  return context && { canvas, context }
}

export type CanvasPool = { next(): Surface }

/** `count` surfaces of `size` (at least one), or null when the browser gives no 2D context. */
export const createCanvasPool = (size: Size, count: number, create: (size: Size) => Surface | null = createSurface): CanvasPool | null => {
  const surfaces: Surface[] = []
  for (let index = 0; index < Math.max(1, count); index++) {
    const surface = create(size)
    if (!surface) return null
    surfaces.push(surface)
  }
  let turn = 0
  return { next: () => surfaces[turn++ % surfaces.length]! }
}
