import type { Language } from '../db/model.ts'
import { de } from './de.ts'
import type { Messages } from './en.ts'
import { es } from './es.ts'
import { fr } from './fr.ts'
import { it } from './it.ts'
import { pt } from './pt.ts'

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K]
}
/** A translation may leave out any text; index.ts fills the gaps from English. */
export type Translation = DeepPartial<Messages>

/**
 * Every language but English, each a full `Messages` object: a key missing in one of them, or a
 * language added to LANGUAGES without a translation here, is a type error rather than an English gap.
 */
const complete: Record<Exclude<Language, 'en'>, Messages> = { es, fr, de, pt, it }

/** Translations of server/i18n/en.ts; index.ts still fills any gap from English. */
export const translations: Partial<Record<Language, Translation>> = complete
