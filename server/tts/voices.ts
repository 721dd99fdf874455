import { z } from 'zod'
import { languageSchema, voicePitchSchema, voiceRateSchema, type Language } from '../ai/storyboard.ts'
import { VOICE_PITCH_LIMITS, VOICE_RATE_LIMITS } from '../../shared/voice.ts'
import { TtsError } from './errors.ts'
import type { Voice } from './types.ts'

/** The eSpeak NG voice for each UI language. */
export const ESPEAK_VOICES: Record<Language, string> = {
  en: 'en-us',
  es: 'es',
  fr: 'fr-fr',
  de: 'de',
  pt: 'pt-br',
  it: 'it',
}

/**
 * Voices the bundled eSpeak NG has (its `--voices` list) for languages the UI does not offer yet,
 * keyed by BCP 47 tag: ready for when `LANGUAGES` grows.
 */
export const MORE_ESPEAK_VOICES: Readonly<Record<string, string>> = {
  ar: 'ar',
  bg: 'bg',
  ca: 'ca',
  cs: 'cs',
  da: 'da',
  el: 'el',
  fi: 'fi',
  he: 'he',
  hi: 'hi',
  hu: 'hu',
  id: 'id',
  ja: 'ja',
  ko: 'ko',
  nb: 'nb',
  nl: 'nl',
  pl: 'pl',
  'pt-PT': 'pt',
  ro: 'ro',
  ru: 'ru',
  sk: 'sk',
  sv: 'sv',
  th: 'th',
  tr: 'tr',
  uk: 'uk',
  vi: 'vi',
  zh: 'cmn',
  'zh-yue': 'yue',
}

export const espeakVoice = (language: Language): string => ESPEAK_VOICES[language]

export const voiceSchema = z.object({
  language: languageSchema,
  rate: voiceRateSchema,
  pitch: voicePitchSchema,
})

export const defaultVoice = (language: Language): Voice => ({
  language,
  rate: VOICE_RATE_LIMITS.default,
  pitch: VOICE_PITCH_LIMITS.default,
})

/** The voice, checked: a `TtsError('invalid_input')` naming each bad field otherwise. */
export const parseVoice = (voice: Voice): Voice => {
  const parsed = voiceSchema.safeParse(voice)
  if (parsed.success) return parsed.data
  throw new TtsError(
    'invalid_input',
    `Bad voice: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
  )
}
