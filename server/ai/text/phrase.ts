import { CLINGING_WORDS } from '../../../shared/phrase-rules.ts'
import type { Language } from '../storyboard.ts'
import { isContentWord, wordsOf } from './words.ts'

/** Where a clause ends inside a sentence: Latin and CJK commas, semicolons, colons, dashes, an opening bracket. */
const CLAUSE_END = /[,;:—–(、，；：]|\s-\s/u
const TRAILING = /[\s,;:.!?…。！？؟、，；：—–\-"'«»“”‘’()[\]]+$/u
const LEADING = /^[\s"'«»“”‘’„¿¡([\]—–-]+/u

/**
 * Cuts `text` to at most `max` characters at a word boundary (Intl.Segmenter words, so it works
 * without spaces too), drops a trailing word that leans on the next ("the", "de") and marks the cut
 * with an ellipsis. Text that fits is returned as it is.
 */
export const fitToWords = (text: string, max: number, language: Language): string => {
  if (text.length <= max) return text
  const words = wordsOf(text, language)
  let end = 0
  for (const word of words) {
    const wordEnd = word.index + word.text.length
    if (wordEnd > max - 1) break
    end = wordEnd
  }
  let kept = words.filter((word) => word.index + word.text.length <= end)
  while (kept.length > 1 && CLINGING_WORDS[language].has(kept[kept.length - 1]!.key)) kept = kept.slice(0, -1)
  const last = kept[kept.length - 1]
  // A first word longer than the limit: nothing shorter can be shown whole, so it is cut there.
  if (!last) return `${text.slice(0, max - 1)}…`
  return `${text.slice(0, last.index + last.text.length).replace(TRAILING, '')}…`
}

/**
 * The on-screen text of a scene: the first clause of its first sentence (the whole sentence when that
 * clause is a word or two), without closing punctuation, fitted to `max` without cutting a word.
 */
export const onScreenPhrase = (sentence: string, language: Language, max: number): string => {
  const text = sentence.replace(LEADING, '')
  const cut = text.search(CLAUSE_END)
  const clause = cut > 0 ? text.slice(0, cut) : text
  const phrase = (wordsOf(clause, language).length >= 3 || cut <= 0 ? clause : text).replace(TRAILING, '')
  return fitToWords(phrase || text.replace(TRAILING, ''), max, language)
}

const startsNameAt = (words: readonly { text: string }[], position: number) => /^\p{Lu}/u.test(words[position + 1]?.text ?? '')

/** Languages that capitalise every noun. */
const NOUNS_CAPITALISED: ReadonlySet<Language> = new Set(['de'])

export interface KeyTermOptions {
  /** How many scenes each term's key appears in, across the whole text (for IDF). */
  sceneFrequency: ReadonlyMap<string, number>
  sceneCount: number
  limit: number
}

/** Per scene, the set of its content-word keys: what {@link keyTerms} needs for its IDF. */
export const sceneFrequencies = (scenes: readonly string[], language: Language): Map<string, number> => {
  const frequency = new Map<string, number>()
  for (const scene of scenes) {
    const keys = new Set(
      wordsOf(scene, language)
        .filter((word) => isContentWord(word, language))
        .map((word) => word.key),
    )
    for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1)
  }
  return frequency
}

/**
 * The words that say what a scene shows, most telling first then in the order they appear: content
 * words weighted by TF-IDF across the scenes, twice as much when they read as nouns without a tagger
 * for every language: capitalised inside a sentence (names; every German noun) or just after an
 * article or preposition, one adjective allowed; other words only to make up a pair. Written as in
 * the text, except a sentence's capitalised first word, which is lowered unless it starts a name or
 * the language capitalises its nouns.
 */
export const keyTerms = (sentences: readonly string[], language: Language, options: KeyTermOptions): string[] => {
  const clinging = CLINGING_WORDS[language]
  const capitalisedNouns = NOUNS_CAPITALISED.has(language)
  const found = new Map<string, { count: number; first: number; shown: string; nominal: boolean }>()
  let offset = 0
  for (const sentence of sentences) {
    const words = wordsOf(sentence, language)
    for (const [position, word] of words.entries()) {
      if (!isContentWord(word, language)) continue
      const inside = position > 0
      const capitalised = (inside || startsNameAt(words, position)) && /^\p{Lu}/u.test(word.text)
      // After an article or preposition ("the harbour", "de la mer"), one adjective allowed: most likely a noun.
      // Where every noun is capitalised, the capital says it better.
      const afterDeterminer = !capitalisedNouns && [1, 2].some((back) => clinging.has(words[position - back]?.key ?? ''))
      const entry = found.get(word.key)
      // A sentence's first word is lowered unless it starts a name ("Maria Rossi") or every noun has a capital.
      const shown = inside || capitalisedNouns || startsNameAt(words, position) ? word.text : word.key
      const nominal = capitalised || afterDeterminer
      if (entry) {
        entry.count += 1
        if (inside && entry.shown === word.key) entry.shown = word.text
        entry.nominal ||= nominal
      } else {
        found.set(word.key, { count: 1, first: offset + word.index, shown, nominal })
      }
    }
    offset += sentence.length + 1
  }
  const weighted = [...found.entries()].map(([key, entry]) => {
    const idf = Math.log(1 + options.sceneCount / (options.sceneFrequency.get(key) ?? 1))
    return { ...entry, weight: (1 + Math.log(entry.count)) * idf * (entry.nominal ? 2 : 1) * (1 + Math.min(key.length, 12) / 24) }
  })
  // Nouns when the scene has them; other words only to make up a pair.
  const ranked = weighted.sort((a, b) => b.weight - a.weight || a.first - b.first)
  const nouns = ranked.filter((entry) => entry.nominal)
  const others = ranked.filter((entry) => !entry.nominal)
  return [...nouns, ...others.slice(0, Math.max(0, 2 - nouns.length))]
    .slice(0, options.limit)
    .sort((a, b) => a.first - b.first)
    .map((entry) => entry.shown)
}
