import type { Language } from '../../storyboard.ts'
import type { LanguagePack, Lexicon, PhraseContext } from '../lang/types.ts'
import type { PromptReading } from '../read-prompt.ts'
import { matchAny, tokenize } from '../tokens.ts'

/**
 * The subject of a video's prompt as the assistant's phrase books need it (articles, contractions), for
 * the alternative titles, hooks and endings it suggests.
 */

/** Nouns that end in -ing but are things, not actions: "the wedding", not "wedding". */
const ING_NOUNS = new Set([
  'wedding',
  'building',
  'clothing',
  'morning',
  'evening',
  'ceiling',
  'painting',
  'ring',
  'king',
  'spring',
  'string',
  'thing',
  'wing',
  'swing',
  'sibling',
  'pudding',
  'dumpling',
  'earring',
  'meeting',
  'feeling',
  'housing',
  'parking',
  'offering',
  'opening',
  'setting',
  'drawing',
  'wellbeing',
  'being',
  'darling',
  'duckling',
  'ending',
  'landing',
])
/** "making bread", "learning to surf": a gerund names an activity and takes no article. */
const isGerund = (word: string): boolean => /^\p{L}{3,}ing$/iu.test(word) && !ING_NOUNS.has(word.toLowerCase())

/**
 * Words used as they are, without an article: names ("Café Luna", "Paris"; in German, where every noun is
 * capitalised, only runs of capitalised words) and clauses ("how solar panels work", "making bread").
 */
const usedBare = (words: string, determiner: string | null, lexicon: Lexicon, language: Language): boolean => {
  if (determiner) return false
  if (matchAny(tokenize(words), 0, lexicon.clauseWords) > 0) return true
  if (language === 'en' && isGerund(words.split(/\s+/)[0]!)) return true
  const long = words.split(/\s+/).filter((word) => word.length >= 3)
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word))
  return capitalised.length === long.length && (language !== 'de' || long.length >= 2)
}

/** The subject as the templates of `language` need it. */
export const subjectContext = (reading: PromptReading, pack: LanguagePack, language: Language): PhraseContext => {
  const sameLanguage = reading.language === language
  if (!reading.subject) {
    return { s: pack.grammar.subjectForms(pack.phrases.fallbackSubject, null, true), detail: null }
  }
  const { words, determiner } = reading.subject
  // Words typed in another language keep their spelling but become a name: no foreign articles, no guessed genders.
  const asName = !sameLanguage || usedBare(words, determiner, pack.lexicon, language)
  return { s: pack.grammar.subjectForms(words, sameLanguage ? determiner : null, asName), detail: sameLanguage ? reading.detail : null }
}
