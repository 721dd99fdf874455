import type { Language } from '../../../storyboard.ts'
import { de } from './de.ts'
import { en } from './en.ts'
import { es } from './es.ts'
import { fr } from './fr.ts'
import { it } from './it.ts'
import { pt } from './pt.ts'
import type { Grammar } from './types.ts'

export const GRAMMARS: Readonly<Record<Language, Grammar>> = { en, es, fr, de, pt, it }
