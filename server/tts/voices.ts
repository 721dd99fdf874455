import { z } from 'zod'
import { languageSchema, type Language } from '../ai/storyboard.ts'
import { TtsError } from './errors.ts'
import type { Voice } from './types.ts'

/** eSpeak's `-s` bounds (words per minute) and `-p` bounds. */
export const MIN_RATE = 80
export const MAX_RATE = 450
export const MIN_PITCH = 0
export const MAX_PITCH = 99

/** eSpeak's own default is 175 wpm; 165 is a touch calmer, closer to a narrator. */
export const DEFAULT_RATE = 165
export const DEFAULT_PITCH = 50

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
  rate: z.number().int().min(MIN_RATE).max(MAX_RATE),
  pitch: z.number().int().min(MIN_PITCH).max(MAX_PITCH),
})

export const defaultVoice = (language: Language): Voice => ({ language, rate: DEFAULT_RATE, pitch: DEFAULT_PITCH })

/** The voice, checked: a `TtsError('invalid_input')` naming each bad field otherwise. */
export const parseVoice = (voice: Voice): Voice => {
  const parsed = voiceSchema.safeParse(voice)
  if (parsed.success) return parsed.data
  throw new TtsError(
    'invalid_input',
    `Bad voice: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
  )
}
