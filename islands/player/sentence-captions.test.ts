import { describe, expect, test } from 'bun:test'
import { activeTokenIndex, cueAt, sceneCues, sentenceCues, timeTokens } from './captions.ts'
import { tokenize } from './phrases.ts'

describe('timeTokens', () => {
  test('spreads the span over the words by length, without gaps, ending exactly at the end', () => {
    const timed = timeTokens(tokenize('aa bbbb'), 1, 3)
    // Weights: "aa" 2 + 1 (space), "bbbb" 4: 3/7 and 4/7 of 2 s.
    expect(timed.map((token) => [token.text, token.startSec, token.endSec])).toEqual([
      ['aa', 1, 1 + (3 / 7) * 2],
      ['bbbb', 1 + (3 / 7) * 2, 3],
    ])
  })
})

describe('sentenceCues', () => {
  test('each sentence is shown while it is spoken, not between sentences', () => {
    const cues = sentenceCues([
      { text: 'First.', startSec: 0.5, endSec: 1.5 },
      { text: 'Second one.', startSec: 2, endSec: 3 },
    ])
    expect(cues.map((cue) => [cue.text, cue.startSec, cue.endSec])).toEqual([
      ['First.', 0.5, 1.5],
      ['Second one.', 2, 3],
    ])
    expect(cueAt(cues, 0.2)).toBeNull()
    expect(cueAt(cues, 1)!.text).toBe('First.')
    expect(cueAt(cues, 1.7)).toBeNull()
    expect(cueAt(cues, 3)!.text).toBe('Second one.')
  })

  test('a long sentence becomes consecutive cues that share its time', () => {
    const text = 'Across the harbour the first ferries cut silver lines through the water while gulls argue over the fish market roofs'
    const cues = sentenceCues([{ text, startSec: 0, endSec: 10 }])
    expect(cues.length).toBeGreaterThan(1)
    expect(cues[0]!.startSec).toBe(0)
    expect(cues.at(-1)!.endSec).toBe(10)
    for (let index = 1; index < cues.length; index++) expect(cues[index]!.startSec).toBe(cues[index - 1]!.endSec)
  })
})

describe('sceneCues', () => {
  test('without sentences (narration pending) the narration text is timed over the whole scene', () => {
    const cues = sceneCues({ narration: 'Dawn breaks. Coffee brews!', durationSec: 4, sentences: [] })
    expect(cues.map((cue) => cue.text)).toEqual(['Dawn breaks.', 'Coffee brews!'])
    expect(cues.at(-1)!.endSec).toBe(4)
  })
})

describe('activeTokenIndex', () => {
  test('follows the words as they are spoken', () => {
    const [cue] = sentenceCues([{ text: 'one two three', startSec: 0, endSec: 3 }])
    expect([0.1, 1.2, 2.9, 3].map((at) => activeTokenIndex(cue!, at))).toEqual([0, 1, 2, 2])
  })
})
