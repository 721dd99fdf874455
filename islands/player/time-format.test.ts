import { describe, expect, test } from 'bun:test'
import { describePosition, formatProgress, formatTime } from './time-format.ts'

describe('formatTime', () => {
  test.each([
    [0, '0:00'],
    [7, '0:07'],
    [7.99, '0:07'],
    [59.5, '0:59'],
    [60, '1:00'],
    [754, '12:34'],
    [3723, '1:02:03'],
    [-3, '0:00'],
    [Number.NaN, '0:00'],
  ])('%p s → %p', (sec, text) => {
    expect(formatTime(sec)).toBe(text)
  })
})

test('formatProgress is "elapsed / total"', () => {
  expect(formatProgress(7.2, 30)).toBe('0:07 / 0:30')
})

test('describePosition reads the time and the scene (counted from 1) for a screen reader', () => {
  expect(describePosition('{time} of {total}, scene {index} of {count}', 7.2, 30, 1, 6)).toBe('0:07 of 0:30, scene 2 of 6')
  expect(describePosition('{time} von {total}, Szene {index} von {count}', 65, 90, 0, 3)).toBe('1:05 von 1:30, Szene 1 von 3')
})
