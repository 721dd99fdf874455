import type { Language } from '../db/model.ts'
import { de } from './de.ts'
import type { Messages } from './en.ts'
import { es } from './es.ts'
import { fr } from './fr.ts'
import type { Translation } from './index.ts'
import { it } from './it.ts'
import { pt } from './pt.ts'

/**
 * Every language but English, each a full `Messages` object: a key missing in one of them, or a
 * language added to LANGUAGES without a translation here, is a type error rather than an English gap.
 */
const complete: Record<Exclude<Language, 'en'>, Messages> = { es, fr, de, pt, it }

/** Translations of server/i18n/en.ts; index.ts still fills any gap from English. */
export const translations: Partial<Record<Language, Translation>> = complete
