import { LANGUAGES } from '../ai/storyboard.ts'
import type { Language } from '../db/model.ts'
import { en, type Messages } from './en.ts'
import { translations, type Translation } from './translations.ts'

export type { Messages }

/** A translation with every gap filled from English, so a missing text shows in English, never blank. */
const complete = (partial: Translation, base: Messages): Messages => {
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(partial)) {
    const fallback = (base as Record<string, unknown>)[key]
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && typeof fallback === 'object'
        ? complete(value as Translation, fallback as Messages)
        : value
  }
  return out as Messages
}

const catalog = Object.fromEntries(LANGUAGES.map((lang) => [lang, lang === 'en' ? en : complete(translations[lang] ?? {}, en)])) as Record<
  Language,
  Messages
>

export const messagesFor = (language: Language): Messages => catalog[language]

/** The best supported language from an Accept-Language header, by q-value; English otherwise. */
export const negotiateLanguage = (header: string | null | undefined): Language => {
  if (!header) return 'en'
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2)
          .trim() ?? 1,
      )
      return { base: tag.trim().split('-')[0]!, q: Number.isFinite(q) ? q : 0, order }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
  return (ranked.find((entry) => (LANGUAGES as readonly string[]).includes(entry.base))?.base as Language) ?? 'en'
}
