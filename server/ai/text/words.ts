import type { Language } from '../storyboard.ts'
import { STOP_WORDS } from './stop-words.ts'

const SEGMENTERS = new Map<Language, Intl.Segmenter>()
const segmenterFor = (language: Language) => {
  let segmenter = SEGMENTERS.get(language)
  if (!segmenter) SEGMENTERS.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })))
  return segmenter
}

/** Scripts written without spaces: there a single character can be a whole word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u

/** A word as written and as compared (lower case, in the language's case rules). */
export interface Word {
  text: string
  key: string
  /** Where it starts in the text, in UTF-16 units. */
  index: number
}

/** Every word-like segment of `text` (Intl.Segmenter), in order. */
export const wordsOf = (text: string, language: Language): Word[] => {
  const words: Word[] = []
  for (const { segment, index, isWordLike } of segmenterFor(language).segment(text)) {
    if (isWordLike) words.push({ text: segment, key: segment.toLocaleLowerCase(language), index })
  }
  return words
}

/** A word that says what the text is about: not a stop word, not a number, not a lone letter. */
export const isContentWord = (word: Word, language: Language): boolean =>
  !STOP_WORDS[language].has(word.key) && !/^\p{N}+([.,]\p{N}+)*$/u.test(word.key) && (word.key.length >= 3 || UNSPACED.test(word.key))

/** The content words of `text`, compared in lower case. */
export const contentWords = (text: string, language: Language): Word[] =>
  wordsOf(text, language).filter((word) => isContentWord(word, language))
