import type { LanguagePack } from '../types.ts'
import { assistant } from './assistant.ts'
import { phrases } from './phrases.ts'
import { grammar, lexicon } from './words.ts'

export const it: LanguagePack = { language: 'it', lexicon, grammar, phrases, assistant }
