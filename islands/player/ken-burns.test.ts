import { describe, expect, test } from 'bun:test'
import { kenBurnsAt, placeImage, STILL } from './ken-burns.ts'

const frames = [
  { width: 1280, height: 720 },
  { width: 720, height: 1280 },
  { width: 1080, height: 1080 },
]
const images = [
  { width: 1280, height: 720 },
  { width: 720, height: 1280 },
  { width: 1000, height: 1000 },
  { width: 300, height: 200 },
]

describe('kenBurnsAt', () => {
  test('consecutive scenes move differently', () => {
    for (let index = 0; index < 10; index++) {
      expect(kenBurnsAt(index + 1, 0)).not.toEqual(kenBurnsAt(index, 0))
    }
  })

  test('a scene moves: its framing at the start differs from its framing at the end', () => {
    for (let index = 0; index < 5; index++) expect(kenBurnsAt(index, 0)).not.toEqual(kenBurnsAt(index, 1))
  })

  test('scenes alternate between zooming in and zooming out', () => {
    const zoomsIn = (index: number) => kenBurnsAt(index, 1).scale > kenBurnsAt(index, 0).scale
    expect([0, 1, 2, 3].map(zoomsIn)).toEqual([true, false, true, false])
  })

  test('the motion is continuous: a small step in progress is a small step in framing', () => {
    const a = kenBurnsAt(3, 0.5)
    const b = kenBurnsAt(3, 0.51)
    expect(Math.abs(a.scale - b.scale)).toBeLessThan(0.01)
    expect(Math.abs(a.shiftX - b.shiftX)).toBeLessThan(0.01)
  })

  test('progress outside 0..1 is held at the ends', () => {
    expect(kenBurnsAt(2, -0.5)).toEqual(kenBurnsAt(2, 0))
    expect(kenBurnsAt(2, 1.5)).toEqual(kenBurnsAt(2, 1))
  })

  test('with reduced motion the poster stands still', () => {
    for (const progress of [0, 0.5, 1]) expect(kenBurnsAt(1, progress, { reducedMotion: true })).toEqual(STILL)
  })
})

describe('placeImage', () => {
  test('without motion the image covers the frame exactly, centred (object-fit: cover)', () => {
    expect(placeImage({ width: 200, height: 100 }, { width: 100, height: 100 })).toEqual({ x: -50, y: 0, width: 200, height: 100 })
  })

  test('for every scene, moment, image and frame shape, the image covers the whole frame', () => {
    for (const frame of frames) {
      for (const image of images) {
        for (let index = 0; index < 6; index++) {
          for (const progress of [0, 0.25, 0.5, 0.75, 1]) {
            const rect = placeImage(image, frame, kenBurnsAt(index, progress))
            expect(rect.x).toBeLessThanOrEqual(0)
            expect(rect.y).toBeLessThanOrEqual(0)
            expect(rect.x + rect.width).toBeGreaterThanOrEqual(frame.width)
            expect(rect.y + rect.height).toBeGreaterThanOrEqual(frame.height)
          }
        }
      }
    }
  })

  test('keeps the image aspect ratio', () => {
    const rect = placeImage({ width: 300, height: 200 }, { width: 720, height: 1280 }, kenBurnsAt(0, 0.3))
    expect(rect.width / rect.height).toBeCloseTo(1.5)
  })
})
