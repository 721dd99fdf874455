import type { Language } from '../../../shared/languages.ts'
import type { LibraryData, LibraryIcon } from './library-data.ts'
import { STOP_WORDS } from './stop-words.ts'
import { contentWords, headLast, stemWord, type Word } from './words.ts'

export interface IconMatch {
  /** What the scene is about: drawn large. */
  hero: LibraryIcon
  /** Up to two more things the description names (or the hero's nearest kin), drawn smaller. */
  supporting: LibraryIcon[]
}

/** The longest keyword phrase in the library: "ice cream", "panier vapeur", "cesto vapor". */
const MAX_PHRASE = 3
/** Parts of a German compound shorter than this are too likely to match by accident ("Eis" in "Reise"). */
const MIN_PART = 4
const MAX_SUPPORTING = 2

interface Found {
  icons: readonly number[]
  run: number
}

/**
 * A German compound split into known parts, head first: "Fahrradreifen" -> Reifen, Fahrrad;
 * "Käseladen" -> Käse (a "Laden" is no picture). Only parts the library knows count.
 */
const splitCompound = (folded: string, keys: LibraryData['keys'][Language]): Array<readonly number[]> => {
  const known = (part: string) => (part.length >= MIN_PART ? keys[stemWord(part, 'de')] : undefined)
  let head: readonly number[] | undefined
  let headStart = folded.length
  for (let start = MIN_PART - 1; start <= folded.length - MIN_PART && !head; start++) {
    head = known(folded.slice(start))
    if (head) headStart = start
  }
  let modifier: readonly number[] | undefined
  for (let end = Math.min(headStart, folded.length - 1); end >= MIN_PART && !modifier; end--) {
    const prefix = folded.slice(0, end)
    // The linking letters of a compound: Liebe-s-brief, Sonne-n-schirm.
    modifier = known(prefix) ?? (/(s|n|en|es)$/.test(prefix) ? known(prefix.replace(/(es|en|s|n)$/, '')) : undefined)
  }
  return [head, modifier].filter((part): part is readonly number[] => part !== undefined)
}

/** Every keyword of the text, in the order that says what the text is about: phrase by phrase, head first. */
const findKeywords = (text: string, language: Language, library: LibraryData): Found[] => {
  const keys = library.keys[language]
  const words: Word[] = contentWords(text, language)
  const found: Found[] = []
  for (let index = 0; index < words.length; ) {
    let matched = 0
    for (let length = Math.min(MAX_PHRASE, words.length - index); length >= 1 && !matched; length--) {
      const phrase = words.slice(index, index + length)
      if (phrase.some((word) => word.clause !== phrase[0]!.clause)) continue
      const icons = keys[phrase.map((word) => word.stem).join(' ')]
      if (icons) {
        found.push({ icons, run: words[index]!.run })
        matched = length
      }
    }
    // Only nouns are compounds, and German writes every noun with a capital.
    if (!matched && language === 'de' && words[index]!.capital) {
      // Modifier then head, like two words of a phrase: the reordering below puts the head first.
      for (const icons of splitCompound(words[index]!.folded, keys).reverse()) found.push({ icons, run: words[index]!.run })
    }
    index += matched || 1
  }
  if (!headLast(language)) return found
  // Head last: within each phrase, its last keyword first.
  const ordered: Found[] = []
  for (let start = 0; start < found.length; ) {
    let end = start
    while (end < found.length && found[end]!.run === found[start]!.run) end++
    ordered.push(...found.slice(start, end).reverse())
    start = end
  }
  return ordered
}

const pick = (found: Found[], library: LibraryData): IconMatch | null => {
  if (found.length === 0) return null
  const heroIndex = found[0]!.icons[0]!
  const chosen = [heroIndex]
  // Other things named first, then the hero keyword's other drawings (a bakery: bread, croissant, baguette).
  for (const candidate of [...found.slice(1).map((item) => item.icons[0]!), ...found[0]!.icons.slice(1)]) {
    if (chosen.length > MAX_SUPPORTING) break
    if (!chosen.includes(candidate)) chosen.push(candidate)
  }
  return { hero: library.icons[heroIndex]!, supporting: chosen.slice(1).map((index) => library.icons[index]!) }
}

/**
 * The sentence that says what the picture shows: the first. What follows in a storyboard's visual
 * is how it is shot and graded ("Warm film grain and faded seventies tones"), whose adjectives and
 * verbs would otherwise find drawings of their own.
 */
const firstSentence = (text: string, language: Language): string => {
  for (const { segment } of new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)) {
    if (segment.trim()) return segment
  }
  return ''
}

/** More English function words than the language's own: a description written in English. */
const readsAsEnglish = (text: string, language: Language): boolean => {
  const words = contentWords(text, 'en', { keepStopWords: true })
  const count = (stops: ReadonlySet<string>) => words.filter((word) => stops.has(word.folded)).length
  return count(STOP_WORDS.en) > count(STOP_WORDS[language])
}

/**
 * The drawings a scene is about, from the nouns of the first sentence of its visual description in the
 * video's language; failing that its on-screen text; then, when the description is written in English
 * whatever the video's language (a storyboard from another model may be), the description as English.
 * null: nothing matched.
 */
export const matchIcons = (scene: { visual: string; onScreenText: string }, language: Language, library: LibraryData): IconMatch | null => {
  const subject = firstSentence(scene.visual, language)
  return (
    pick(findKeywords(subject, language, library), library) ??
    pick(findKeywords(scene.onScreenText, language, library), library) ??
    (language !== 'en' && readsAsEnglish(subject, language) ? pick(findKeywords(subject, 'en', library), library) : null)
  )
}
