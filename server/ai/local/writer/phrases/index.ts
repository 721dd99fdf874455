import type { Language } from '../../../storyboard.ts'
import de from './de.json'
import en from './en.json'
import es from './es.json'
import fr from './fr.json'
import it from './it.json'
import pt from './pt.json'
import type { PhraseBook } from './schema.ts'

/** Every language's sentences; phrases.test.ts holds each file to the schema. */
export const PHRASE_BOOKS: Readonly<Record<Language, PhraseBook>> = { en, es, fr, de, pt, it } as Record<Language, PhraseBook>
