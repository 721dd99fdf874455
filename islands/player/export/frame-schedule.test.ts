import { describe, expect, test } from 'bun:test'
import { frameCount, frameSlot } from './frame-schedule.ts'

describe('frame schedule', () => {
  test('a 60 s video at 30 fps is 1800 frames; a fraction of a frame rounds to the nearest', () => {
    expect(frameCount(60)).toBe(1800)
    expect(frameCount(59.99)).toBe(1800)
    expect(frameCount(0.01)).toBe(1)
    expect(frameCount(0)).toBe(0)
  })

  test('frames tile the video: each starts where the previous ends, the last ends at the total', () => {
    const count = frameCount(6)
    const slots = Array.from({ length: count }, (_, index) => frameSlot(index))
    for (let index = 1; index < count; index++)
      expect(slots[index]!.timeSec).toBeCloseTo(slots[index - 1]!.timeSec + slots[index - 1]!.durationSec, 9)
    expect(slots.at(-1)!.timeSec + slots.at(-1)!.durationSec).toBeCloseTo(6, 9)
  })
})
