import { describe, expect, test } from 'bun:test'
import { createPlaybackClock } from './clock.ts'

/** A hand-driven monotonic clock in milliseconds. */
const fakeNow = () => {
  let ms = 1000
  return { now: () => ms, advance: (byMs: number) => (ms += byMs) }
}

describe('createPlaybackClock', () => {
  test('starts paused at 0 and does not move until played', () => {
    const time = fakeNow()
    const clock = createPlaybackClock({ totalSec: 10, now: time.now })
    time.advance(5000)
    expect(clock.time()).toBe(0)
    expect(clock.isPlaying()).toBe(false)
  })

  test('while playing, position follows the real elapsed time, however often it is read', () => {
    const time = fakeNow()
    const clock = createPlaybackClock({ totalSec: 10, now: time.now })
    clock.play()
    time.advance(2500)
    expect(clock.time()).toBe(2.5)
    // One long gap (a dropped frame) counts in full: no frame counting.
    time.advance(1000)
    expect(clock.time()).toBe(3.5)
  })

  test('pause freezes the position; play resumes from it', () => {
    const time = fakeNow()
    const clock = createPlaybackClock({ totalSec: 10, now: time.now })
    clock.play()
    time.advance(2000)
    clock.pause()
    time.advance(4000)
    expect(clock.time()).toBe(2)
    clock.play()
    time.advance(1000)
    expect(clock.time()).toBe(3)
  })

  test('seek moves the position and keeps playing if it was playing', () => {
    const time = fakeNow()
    const clock = createPlaybackClock({ totalSec: 10, now: time.now })
    clock.play()
    time.advance(1000)
    expect(clock.seek(7)).toBe(7)
    time.advance(500)
    expect(clock.time()).toBe(7.5)
    expect(clock.isPlaying()).toBe(true)
  })

  test('seek is clamped to the video', () => {
    const clock = createPlaybackClock({ totalSec: 10, now: fakeNow().now })
    expect(clock.seek(-4)).toBe(0)
    expect(clock.seek(42)).toBe(10)
    expect(clock.seek(Number.NaN)).toBe(0)
  })

  test('the position stops at the end, which counts as ended; play then starts over', () => {
    const time = fakeNow()
    const clock = createPlaybackClock({ totalSec: 3, now: time.now })
    clock.play()
    time.advance(5000)
    expect(clock.time()).toBe(3)
    expect(clock.isEnded()).toBe(true)
    clock.pause()
    clock.play()
    expect(clock.time()).toBe(0)
    expect(clock.isEnded()).toBe(false)
  })

  test('play and pause twice are harmless', () => {
    const time = fakeNow()
    const clock = createPlaybackClock({ totalSec: 10, now: time.now })
    clock.play()
    time.advance(1000)
    clock.play()
    expect(clock.time()).toBe(1)
    clock.pause()
    clock.pause()
    expect(clock.time()).toBe(1)
  })
})
