import { describe, expect, test } from 'bun:test'
import { LANGUAGES } from '../ai/storyboard.ts'
import { ESPEAK_ENGINE_VERSION } from './local/provider.ts'
import { SPEAKING_RATE_BASIS, SPEAKING_RATES } from './speaking-rates.ts'
import { VOICE_PITCH_LIMITS, VOICE_RATE_LIMITS } from '../../shared/voice.ts'
import { defaultVoice } from './voices.ts'
import { wordBudget } from './word-budget.ts'
import { countWords } from './words.ts'

describe('speaking rates', () => {
  test('were measured with the engine and default voice in use (else run scripts/measure-speaking-rate.ts)', () => {
    expect(SPEAKING_RATE_BASIS).toEqual({
      engine: ESPEAK_ENGINE_VERSION,
      rate: VOICE_RATE_LIMITS.default,
      pitch: VOICE_PITCH_LIMITS.default,
    })
  })

  test.each([...LANGUAGES])('%s has a rate near the nominal words per minute', (language) => {
    // 165 wpm is 2.75 words/s; languages differ by how eSpeak counts syllables and pauses.
    expect(SPEAKING_RATES[language]).toBeGreaterThan(2)
    expect(SPEAKING_RATES[language]).toBeLessThan(4)
  })
})

describe('wordBudget', () => {
  test('scales with the length and the rate', () => {
    const thirty = wordBudget(30, defaultVoice('en'))
    expect(thirty).toBe(Math.floor(30 * SPEAKING_RATES.en))
    expect(wordBudget(60, defaultVoice('en'))).toBeGreaterThanOrEqual(2 * thirty)
    expect(wordBudget(30, { language: 'en', rate: VOICE_RATE_LIMITS.default * 2, pitch: 50 })).toBeGreaterThanOrEqual(2 * thirty)
    expect(wordBudget(0, defaultVoice('fr'))).toBe(0)
  })
})

describe('countWords', () => {
  test.each([
    ['en', 'The tide came in, slowly.', 5],
    ['de', 'Das kostet z. B. 3,5 Euro.', 6],
    ['es', '¿De verdad?', 2],
    ['en', ' … ', 0],
  ] as const)('%s %p has %d words', (language, text, words) => {
    expect(countWords(text, language)).toBe(words)
  })
})
