import { describe, expect, test } from 'bun:test'
import type { Painter } from '../draw.ts'
import { createCanvasPool, type Surface } from './canvas-pool.ts'

/** Surfaces told apart by a number, made at the size asked for. */
const factory = () => {
  const made: { id: number; width: number; height: number }[] = []
  const create = ({ width, height }: { width: number; height: number }) => {
    made.push({ id: made.length, width, height })
    return { canvas: { id: made.length - 1 }, context: {} as Painter } as unknown as Surface
  }
  return { made, create }
}
const idOf = (surface: Surface) => (surface.canvas as unknown as { id: number }).id

describe('createCanvasPool', () => {
  test('hands out its canvases in turn, so a frame is never drawn on the canvas the previous one used', () => {
    const { made, create } = factory()
    const pool = createCanvasPool({ width: 1920, height: 1080 }, 3, create)!
    expect(Array.from({ length: 7 }, () => idOf(pool.next()))).toEqual([0, 1, 2, 0, 1, 2, 0])
    expect(made).toEqual([0, 1, 2].map((id) => ({ id, width: 1920, height: 1080 })))
  })

  test('at least one canvas, however few are asked for', () => {
    const { made, create } = factory()
    const pool = createCanvasPool({ width: 640, height: 360 }, 0, create)!
    expect([idOf(pool.next()), idOf(pool.next())]).toEqual([0, 0])
    expect(made.length).toBe(1)
  })

  test('null when the browser gives no 2D context', () => {
    expect(createCanvasPool({ width: 640, height: 360 }, 3, () => null)).toBeNull()
  })
})
