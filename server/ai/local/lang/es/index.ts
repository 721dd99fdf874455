import type { LanguagePack } from '../types.ts'
import { assistant } from './assistant.ts'
import { phrases } from './phrases.ts'
import { grammar, lexicon } from './words.ts'

export const es: LanguagePack = { language: 'es', lexicon, grammar, phrases, assistant }
