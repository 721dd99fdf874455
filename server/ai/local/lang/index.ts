import type { Language } from '../../storyboard.ts'
import { de } from './de/index.ts'
import { en } from './en/index.ts'
import { es } from './es/index.ts'
import { fr } from './fr/index.ts'
import { it } from './it/index.ts'
import { pt } from './pt/index.ts'
import type { LanguagePack } from './types.ts'

/** Every language the local provider writes in. */
export const LANGUAGE_PACKS: Readonly<Record<Language, LanguagePack>> = { en, es, fr, de, pt, it }
