import { expect, test } from 'bun:test'
import { videoRequestSchema } from '../../server/ai/storyboard.ts'
import { clampDuration } from './draft.ts'

test('every length clampDuration picks is one the server accepts', () => {
  const request = { prompt: 'A lighthouse at dawn', style: 'cinematic', aspect: '16:9', language: 'en' } as const
  for (const shorts of [false, true]) {
    for (let seconds = -10; seconds <= 700; seconds += 0.5) {
      const durationSec = clampDuration(seconds, shorts)
      expect({ seconds, shorts, ok: videoRequestSchema.safeParse({ ...request, durationSec, shorts }).success }).toEqual({
        seconds,
        shorts,
        ok: true,
      })
    }
  }
})

test('clampDuration keeps whole seconds inside the limits and under the Shorts cap', () => {
  expect(clampDuration(2, false)).toBe(5)
  expect(clampDuration(900, false)).toBe(600)
  expect(clampDuration(90, true)).toBe(60)
  expect(clampDuration(42.6, false)).toBe(43)
})
