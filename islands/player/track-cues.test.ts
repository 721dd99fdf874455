import { describe, expect, test } from 'bun:test'
import { cueTextAt } from './track-cues.ts'

const cues = [
  { startTime: 0.2, endTime: 1.5, text: 'Red harbour\nat dawn.' },
  { startTime: 2.2, endTime: 3.4, text: 'Green hills wake.' },
  { startTime: 3.0, endTime: 4.0, text: 'Overlap.' },
]

describe('cueTextAt', () => {
  test('the cue covering the time, lines joined; start inclusive, end exclusive', () => {
    expect(cueTextAt(cues, 0.2)).toBe('Red harbour at dawn.')
    expect(cueTextAt(cues, 1.49)).toBe('Red harbour at dawn.')
    expect(cueTextAt(cues, 1.5)).toBe('')
    expect(cueTextAt(cues, 2.5)).toBe('Green hills wake.')
  })

  test('nothing before the first cue, between cues, after the last, or before the track loaded', () => {
    expect(cueTextAt(cues, 0)).toBe('')
    expect(cueTextAt(cues, 2)).toBe('')
    expect(cueTextAt(cues, 9)).toBe('')
    expect(cueTextAt(null, 1)).toBe('')
  })

  test('overlapping cues are read in file order', () => {
    expect(cueTextAt(cues, 3.2)).toBe('Green hills wake. Overlap.')
  })

  test("the browser's parsed text is preferred over the raw cue text (entities, markup)", () => {
    const parsed = {
      startTime: 0,
      endTime: 1,
      text: 'Fish &amp; <i>chips</i>',
      getCueAsHTML: () => ({ textContent: 'Fish & chips' }) as DocumentFragment,
    }
    expect(cueTextAt([parsed], 0.5)).toBe('Fish & chips')
  })
})
