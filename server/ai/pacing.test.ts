import { describe, expect, test } from 'bun:test'
import { PAUSES, SPEECH_FILL, wordBudget, wordsPerSecond } from './pacing.ts'
import { LANGUAGES, videoRequestSchema } from './storyboard.ts'

describe('wordBudget', () => {
  test('grows with the length and the voice rate, and leaves room for the pauses', () => {
    for (const language of LANGUAGES) {
      const short = wordBudget({ durationSec: 15, language }, 3)
      const long = wordBudget({ durationSec: 90, language }, 16)
      expect(long.words).toBeGreaterThan(short.words * 4)
      expect(wordBudget({ durationSec: 60, language, voiceRate: 220 }, 12).words).toBeGreaterThan(
        wordBudget({ durationSec: 60, language }, 12).words,
      )
      // Spoken at the measured speed, the budget plus its pauses stays inside the filled share of the time.
      const spoken = long.words / wordsPerSecond(language) + 16 * (PAUSES.leadInSec + PAUSES.tailSec)
      expect(spoken).toBeLessThanOrEqual(90 * SPEECH_FILL)
    }
  })

  test('a faster-speaking language gets more words for the same time', () => {
    expect(wordBudget({ durationSec: 60, language: 'fr' }, 12).words).toBeGreaterThan(
      wordBudget({ durationSec: 60, language: 'it' }, 12).words,
    )
  })

  test('every scene says something, even in 5 s', () => {
    expect(wordBudget({ durationSec: 5, language: 'en' }, 1).wordsPerScene).toBeGreaterThanOrEqual(3)
  })
})

describe('the request: lengths, Shorts, voice', () => {
  const base = { prompt: 'a bicycle repair shop', style: 'playful', aspect: '4:5', language: 'en' } as const
  test('5 to 600 s; Shorts at most 60 s, refused (not clamped) with the field named', () => {
    expect(videoRequestSchema.safeParse({ ...base, durationSec: 5 }).success).toBe(true)
    expect(videoRequestSchema.safeParse({ ...base, durationSec: 600 }).success).toBe(true)
    expect(videoRequestSchema.safeParse({ ...base, durationSec: 4 }).success).toBe(false)
    expect(videoRequestSchema.safeParse({ ...base, durationSec: 601 }).success).toBe(false)
    expect(videoRequestSchema.safeParse({ ...base, durationSec: 60, shorts: true }).success).toBe(true)
    const tooLong = videoRequestSchema.safeParse({ ...base, durationSec: 61, shorts: true })
    expect(tooLong.success).toBe(false)
    expect(tooLong.error?.issues.map((issue) => issue.path)).toEqual([['durationSec']])
  })

  test('voice rate 80..450 and pitch 0..99, both optional', () => {
    expect(videoRequestSchema.safeParse({ ...base, durationSec: 30, voiceRate: 200, voicePitch: 0 }).success).toBe(true)
    expect(videoRequestSchema.safeParse({ ...base, durationSec: 30, voiceRate: 79 }).success).toBe(false)
    expect(videoRequestSchema.safeParse({ ...base, durationSec: 30, voicePitch: 100 }).success).toBe(false)
    expect(videoRequestSchema.safeParse({ ...base, durationSec: 30, voiceRate: 165.5 }).success).toBe(false)
  })
})
