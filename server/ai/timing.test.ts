import { describe, expect, test } from 'bun:test'
import { rescaleDurations, sceneCountRange, sceneMaxSecFor, splitDuration, totalTenths } from './timing.ts'

describe('sceneCountRange: one scene per 3-6 seconds', () => {
  test.each([
    [5, 1, 1],
    [10, 2, 3],
    [31, 6, 10],
    [180, 30, 60],
    [600, 60, 60],
  ])('%i s holds %i to %i scenes', (duration, min, max) => {
    expect(sceneCountRange(duration)).toEqual({ min, max })
  })
})

describe('sceneMaxSecFor: 6 s until 60 scenes no longer hold the video', () => {
  test.each([
    [30, 6],
    [360, 6],
    [361, 7],
    [600, 10],
  ])('%i s: scenes up to %i s', (duration, max) => {
    expect(sceneMaxSecFor(duration)).toBe(max)
  })
})

describe('splitDuration', () => {
  const halfSeconds = { step: 0.5, minSec: 3, maxSec: 6 }

  test('parts sum exactly to the total and respect the bounds', () => {
    for (const [total, weights] of [
      [31, [1, 1.3, 0.7, 1, 1, 1.1]],
      [10, [1, 5]],
      [180, Array.from({ length: 30 }, (_, index) => 1 + (index % 3))],
    ] as const) {
      const parts = splitDuration(total, weights, halfSeconds)
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total)
      for (const part of parts) {
        expect(part).toBeGreaterThanOrEqual(3)
        expect(part).toBeLessThanOrEqual(6)
        expect((part * 2) % 1).toBe(0)
      }
    }
  })

  test('keeps proportions when the bounds allow it', () => {
    expect(splitDuration(30, [1, 1, 2, 2], { step: 0.5, minSec: 1, maxSec: 30 })).toEqual([5, 5, 10, 10])
  })

  test('pins parts that would fall outside the bounds and shares the rest', () => {
    const parts = splitDuration(20, [1, 10, 1, 1], halfSeconds)
    expect(parts[1]).toBe(6)
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(20)
  })

  test('treats broken weights as equal ones', () => {
    expect(splitDuration(12, [Number.NaN, -1, 0], { step: 0.5, minSec: 1, maxSec: 30 })).toEqual([4, 4, 4])
  })

  test('throws when no split fits', () => {
    expect(() => splitDuration(10, [1, 1, 1, 1], halfSeconds)).toThrow(RangeError)
    expect(() => splitDuration(30, [1], halfSeconds)).toThrow('cannot split 30 s into 1 parts of 3-6 s')
  })
})

describe('rescaleDurations: fitting a model’s durations to the request', () => {
  test('rescales proportionally to exactly the total, in tenths of a second', () => {
    const durations = rescaleDurations([4, 4, 8], 30)
    expect(totalTenths(durations)).toBe(300)
    expect(durations).toEqual([7.5, 7.5, 15])
  })

  test('rounds to 0.1 s and still sums exactly', () => {
    const durations = rescaleDurations([1, 1, 1], 10)
    expect(totalTenths(durations)).toBe(100)
    for (const duration of durations) expect(Math.round(duration * 10)).toBeCloseTo(duration * 10, 9)
  })
})
