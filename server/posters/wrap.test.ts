import { describe, expect, test } from 'bun:test'
import { fitText, wrapText } from './wrap.ts'

describe('wrapText', () => {
  test('breaks at spaces within the line length', () => {
    expect(wrapText('Real people who care about every detail', 16, 5)).toEqual(['Real people who', 'care about every', 'detail'])
  })

  test('splits a word longer than a line', () => {
    expect(wrapText('Supercalifragilistic', 8, 5)).toEqual(['Supercal', 'ifragili', 'stic'])
  })

  test('cuts with an ellipsis when the lines run out', () => {
    const lines = wrapText('one two three four five six seven eight', 9, 2)
    expect(lines).toEqual(['one two', 'three…'])
  })

  test('counts characters, not UTF-16 units', () => {
    expect(wrapText('🚲🚲🚲 🚲🚲', 3, 3)).toEqual(['🚲🚲🚲', '🚲🚲'])
  })
})

describe('fitText', () => {
  test('keeps the size when the text fits, shrinks it when it does not', () => {
    const box = { width: 600, fontSize: 60, maxLines: 2, charWidth: 0.5 }
    expect(fitText('Short line', box)).toEqual({ lines: ['Short line'], fontSize: 60 })
    const long = fitText('A much longer line of on-screen text that needs more room', box)
    expect(long.fontSize).toBeLessThan(60)
    expect(long.lines.length).toBeLessThanOrEqual(2)
  })
})
