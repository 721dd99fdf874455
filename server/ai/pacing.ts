import { SPEAKING_RATE_BASIS, SPEAKING_RATES } from '../tts/speaking-rates.ts'
import { VOICE_RATE_LIMITS, type Language } from './storyboard.ts'

/**
 * How narration fills time: the pauses around and between sentences, and how many words a voice says
 * per second. The writers size their scripts with it; the worker's fit (server/jobs/fit.ts) lays the
 * real clips out with the same pauses.
 */

/** Silence at a scene's start, between two sentences, and after the last one before the cut. */
export const PAUSES = { leadInSec: 0.3, gapSec: 0.25, tailSec: 0.45 } as const

/** Words a second at `rate` (eSpeak's `-s`): the measured speed of the language, scaled linearly from the rate it was measured at. */
export const wordsPerSecond = (language: Language, rate: number = VOICE_RATE_LIMITS.default): number =>
  (SPEAKING_RATES[language] * rate) / SPEAKING_RATE_BASIS.rate

/**
 * Aim the script at this share of the time left after the pauses: speech that runs short is padded
 * with holds for free, speech that runs long costs a faster re-synthesis or a dropped sentence.
 */
export const SPEECH_FILL = 0.85

/** About one sentence per this many words, to count the gaps between sentences up front. */
const WORDS_PER_SENTENCE = 12

export interface WordBudget {
  /** Words of narration for the whole video. */
  words: number
  /** The same, per scene (at least 3: a scene says something). */
  wordsPerScene: number
}

/** The script's word budget for `sceneCount` scenes in `durationSec`, spoken by `language` at `rate`. */
export const wordBudget = (
  request: { durationSec: number; language: Language; voiceRate?: number | undefined },
  sceneCount: number,
): WordBudget => {
  const scenes = Math.max(1, sceneCount)
  const perWord = wordsPerSecond(request.language, request.voiceRate)
  const framing = scenes * (PAUSES.leadInSec + PAUSES.tailSec)
  // Each word also brings 1/WORDS_PER_SENTENCE of a gap: solve words / perWord + gaps = speech time.
  const speechSec = Math.max(0, request.durationSec * SPEECH_FILL - framing)
  const words = Math.floor(speechSec / (1 / perWord + PAUSES.gapSec / WORDS_PER_SENTENCE))
  return { words, wordsPerScene: Math.max(3, Math.floor(words / scenes)) }
}
