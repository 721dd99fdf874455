import { expect, test } from 'bun:test'
import {
  DURATION_PRESETS_SEC as SERVER_PRESETS,
  MAX_DURATION_SEC,
  MIN_DURATION_SEC,
  SHORTS_MAX_SEC as SERVER_SHORTS_MAX,
} from '../../server/ai/storyboard.ts'
import { clampDuration, DURATION_LIMITS, DURATION_PRESETS_SEC, SHORTS_MAX_SEC } from './draft.ts'

test('the islands’ copy of the length limits matches the server’s', () => {
  expect(DURATION_LIMITS).toEqual({ min: MIN_DURATION_SEC, max: MAX_DURATION_SEC })
  expect([...DURATION_PRESETS_SEC]).toEqual([...SERVER_PRESETS])
  expect(SHORTS_MAX_SEC).toBe(SERVER_SHORTS_MAX)
})

test('clampDuration keeps whole seconds inside the limits and under the Shorts cap', () => {
  expect(clampDuration(2, false)).toBe(5)
  expect(clampDuration(900, false)).toBe(600)
  expect(clampDuration(90, true)).toBe(60)
  expect(clampDuration(42.6, false)).toBe(43)
})
