import type { Language } from '../db/model.ts'
import type { Translation } from './index.ts'

/** Translations of server/i18n/en.ts; gaps fall back to English. */
export const translations: Partial<Record<Language, Translation>> = {}
