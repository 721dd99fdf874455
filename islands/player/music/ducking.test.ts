import { describe, expect, test } from 'bun:test'
import { scheduleCurve, valueAt } from './curve.ts'
import { DUCKING, duckingCurve, speechSpans } from './ducking.ts'

describe('ducking under the narration', () => {
  const scenes = [
    {
      sentences: [
        { startSec: 0.5, endSec: 2, audioUrl: '/audio/a.wav' },
        { startSec: 2.2, endSec: 3, audioUrl: '/audio/b.wav' },
      ],
    },
    { sentences: [{ startSec: 0, endSec: 1, audioUrl: null }] },
    { sentences: [{ startSec: 1, endSec: 2, audioUrl: '/audio/c.wav' }] },
  ]

  test('speech spans: sentences with a clip, at scene start + sentence time, in order', () => {
    expect(speechSpans(scenes, [0, 4, 8])).toEqual([
      { startSec: 0.5, endSec: 2 },
      { startSec: 2.2, endSec: 3 },
      { startSec: 9, endSec: 10 },
    ])
  })

  test('the music is at full level between sentences, at the duck depth under them, with ramps either side', () => {
    const curve = duckingCurve(speechSpans(scenes, [0, 4, 8]))
    expect(valueAt(curve, 0)).toBe(1)
    expect(valueAt(curve, 0.5)).toBeCloseTo(DUCKING.depth)
    // Down before the first word, not after it.
    expect(valueAt(curve, 0.5 - DUCKING.attackSec / 2)).toBeCloseTo((1 + DUCKING.depth) / 2)
    // A 0.2 s gap between two sentences is held down rather than pumped up and down.
    expect(valueAt(curve, 2.1)).toBeCloseTo(DUCKING.depth)
    expect(valueAt(curve, 3 + DUCKING.releaseSec / 2)).toBeCloseTo((1 + DUCKING.depth) / 2)
    // Back at full level in the silence between scene 1 and scene 3 (scene 2 has no clip).
    expect(valueAt(curve, 5)).toBe(1)
    expect(valueAt(curve, 9.5)).toBeCloseTo(DUCKING.depth)
    expect(valueAt(curve, 20)).toBe(1)
  })

  test('no speech, no dip', () => {
    expect(duckingCurve([])).toEqual([{ timeSec: 0, value: 1 }])
  })

  test('scheduleCurve puts the value at the position first, then the ramps still to come, shifted to context time', () => {
    const calls: string[] = []
    const param = {
      cancelScheduledValues: (at: number) => calls.push(`cancel ${at}`),
      setValueAtTime: (value: number, at: number) => calls.push(`set ${value.toFixed(2)} ${at}`),
      linearRampToValueAtTime: (value: number, at: number) => calls.push(`ramp ${value.toFixed(2)} ${at}`),
    } as unknown as AudioParam
    scheduleCurve(
      param,
      [
        { timeSec: 0, value: 0 },
        { timeSec: 2, value: 1 },
        { timeSec: 10, value: 1 },
        { timeSec: 12, value: 0 },
      ],
      1,
      100,
    )
    expect(calls).toEqual(['cancel 100', 'set 0.50 100', 'ramp 1.00 101', 'ramp 1.00 109', 'ramp 0.00 111'])
  })
})
