/** Narration: speech providers, the content-addressed narrator, sentence splitting. */
export type { NarratedClip, Narrator, TtsClip, TtsProvider, Voice } from './types.ts'
export { TtsError, isTtsError, type TtsErrorCode } from './errors.ts'
export { createTtsProvider, type TtsConfig } from './provider.ts'
export { splitSentences } from './sentences.ts'
export { audioUrl } from './audio-url.ts'
export { audioHash, isAudioHash } from './content-hash.ts'
export {
  DEFAULT_PITCH,
  DEFAULT_RATE,
  ESPEAK_VOICES,
  MAX_PITCH,
  MAX_RATE,
  MIN_PITCH,
  MIN_RATE,
  defaultVoice,
  parseVoice,
  voiceSchema,
} from './voices.ts'
export { SPEAKING_RATES, SPEAKING_RATE_BASIS } from './speaking-rates.ts'
export { wordBudget } from './word-budget.ts'
export { countWords } from './words.ts'
export { createNarration, type Narration } from './narration.ts'
