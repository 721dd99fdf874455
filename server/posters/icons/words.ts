import type { Language } from '../../../shared/languages.ts'
import { STOP_WORDS } from './stop-words.ts'

/**
 * Words as the picture index keys them: the build reads the emoji keywords through these functions and
 * the poster reads a scene's description through the same ones, so both sides meet on one form.
 * The stemmers only strip plural and gender endings (consistency matters more than linguistics: the
 * same word always becomes the same key, "quesos" and "queso" both "ques").
 */

/** Lower case in the language, accents and umlauts dropped, ß as ss, the typographic apostrophe plain. */
export const foldWord = (word: string, language: Language): string =>
  word.toLocaleLowerCase(language).normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ß', 'ss').replaceAll('’', "'")

/** Plurals English forms by changing the stem, not by an ending. */
const ENGLISH_IRREGULAR: Readonly<Record<string, string>> = {
  knives: 'knife',
  leaves: 'leaf',
  loaves: 'loaf',
  wolves: 'wolf',
  shelves: 'shelf',
  mice: 'mouse',
  geese: 'goose',
  teeth: 'tooth',
  feet: 'foot',
  children: 'child',
  men: 'man',
  women: 'woman',
}

const stripped = (word: string, ending: string, min = 3): string | undefined =>
  word.endsWith(ending) && word.length - ending.length >= min ? word.slice(0, -ending.length) : undefined

const stemEnglish = (word: string): string => {
  const irregular = ENGLISH_IRREGULAR[word]
  if (irregular) return irregular
  const ies = stripped(word, 'ies')
  if (ies) return `${ies}y`
  if (/(sses|ches|shes|xes|zes|oes)$/.test(word) && word.length > 4) return word.slice(0, -2)
  if (/[^su]s$/.test(word) && !word.endsWith('is') && word.length > 3) return word.slice(0, -1)
  return word
}

/** Spanish and Portuguese: plural -s/-es, then the gender vowel; Portuguese -ões/-ães/-is/-ns first. */
const stemIberian = (word: string, portuguese: boolean): string => {
  let stem = word
  if (portuguese) {
    stem = stem
      .replace(/(oes|aes)$/, 'ao')
      .replace(/([aeou])is$/, '$1l')
      .replace(/ns$/, 'm')
  }
  if (/[^aeiou]es$/.test(stem) && stem.length > 4) stem = stem.slice(0, -2)
  else if (stem.endsWith('s') && stem.length > 3) stem = stem.slice(0, -1)
  if (/[aeo]$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1)
  return stem
}

const stemFrench = (word: string): string => {
  let stem = word
  if (/[sx]$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1)
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1)
  return stem
}

/** Italian: the final vowel, then the -i of -io/-ia (formaggio/formaggi), and the -h of -chi/-ghi. */
const stemItalian = (word: string): string => {
  let stem = word
  // Down to two letters: short nouns change their vowel too (ape, api).
  if (/[aeio]$/.test(stem) && stem.length > 2) stem = stem.slice(0, -1)
  if (stem.endsWith('i') && stem.length > 4) stem = stem.slice(0, -1)
  if (/[cg]h$/.test(stem)) stem = stem.slice(0, -1)
  return stem
}

const GERMAN_ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'] as const

const stemGerman = (word: string): string => {
  for (const ending of GERMAN_ENDINGS) {
    const stem = stripped(word, ending)
    if (stem) return stem
  }
  return word
}

/** The key form of one folded word. */
export const stemWord = (folded: string, language: Language): string => {
  switch (language) {
    case 'en':
      return stemEnglish(folded)
    case 'es':
      return stemIberian(folded, false)
    case 'pt':
      return stemIberian(folded, true)
    case 'fr':
      return stemFrench(folded)
    case 'it':
      return stemItalian(folded)
    case 'de':
      return stemGerman(folded)
  }
}

/** In English and German the head of a noun phrase comes last ("bicycle tyre"); elsewhere first ("pneu de vélo"). */
export const headLast = (language: Language): boolean => language === 'en' || language === 'de'

/** French and Italian elisions are typed onto the next word: "l'île", "un'isola". */
const ELISION = /^[\p{L}]{1,5}'(?=\p{L})/u

export interface Word {
  /** Starts with a capital as written: in German, a noun. */
  capital: boolean
  /** Folded, before stemming: the form compounds are split in. */
  folded: string
  stem: string
  /** Words of one noun phrase share a run: a stop word or punctuation starts the next. */
  run: number
  /** Words between two punctuation marks share a clause: a keyword phrase never spans two. */
  clause: number
}

/** The stop words as keys too, so their plurals and other genders stop as well ("sombras", "duras"). */
const stopStems = new Map<Language, ReadonlySet<string>>()
const stopStemsFor = (language: Language): ReadonlySet<string> => {
  let stems = stopStems.get(language)
  if (!stems) stopStems.set(language, (stems = new Set([...STOP_WORDS[language]].map((word) => stemWord(word, language)))))
  return stems
}

const segmenters = new Map<Language, Intl.Segmenter>()
const segmenterFor = (language: Language): Intl.Segmenter => {
  let segmenter = segmenters.get(language)
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })))
  return segmenter
}

/**
 * The content words of a text in order, stop words removed, each with its run. Punctuation other than
 * a hyphen or an apostrophe inside a word also ends a phrase ("the bakery, at dawn").
 */
export const contentWords = (text: string, language: Language, options: { keepStopWords?: boolean } = {}): Word[] => {
  const stops = STOP_WORDS[language]
  const stopKeys = stopStemsFor(language)
  const words: Word[] = []
  let run = 0
  let clause = 0
  let open = false
  const close = () => {
    if (open) run++
    open = false
  }
  for (const segment of segmenterFor(language).segment(text)) {
    if (!segment.isWordLike) {
      if (/[^\s\-'’]/u.test(segment.segment)) {
        close()
        clause++
      }
      continue
    }
    let folded = foldWord(segment.segment, language)
    const elided = ELISION.exec(folded)
    if (elided) folded = folded.slice(elided[0].length)
    const stem = stemWord(folded, language)
    if (!/\p{L}/u.test(folded) || (!options.keepStopWords && (stops.has(folded) || stopKeys.has(stem)))) {
      close()
      continue
    }
    words.push({ capital: /^\p{Lu}/u.test(segment.segment), folded, stem, run, clause })
    open = true
  }
  return words
}

/** The key of a keyword or phrase: its content words' stems, space-separated ('' when none is left). */
export const keyOf = (text: string, language: Language): string =>
  contentWords(text, language)
    .map((word) => word.stem)
    .join(' ')
