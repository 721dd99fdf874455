import { LANGUAGES, type Language } from '../storyboard.ts'
import type { Kind, LanguagePack, Lexicon, Mood } from './lang/types.ts'
import { matchAny, tokenize, type Token } from './tokens.ts'
import { DURATION, LINK } from './writer/read-idea.ts'

/** What the local provider understood from a prompt. */
export interface PromptReading {
  /** The language the prompt is written in (best guess from its small words). */
  language: Language
  kind: Kind
  /** Mood words in the order they appear, at most three. Empty when the prompt names none. */
  moods: Mood[]
  /** The subject as typed ("bicycle repair shop") and the article or possessive that came with it. */
  subject: { words: string; determiner: string | null } | null
  /** What the prompt says about the subject, as typed: "that fixes any bike in a day". */
  detail: string | null
  /** A web address or @handle from the prompt, for the call to action. */
  link: string | null
}

type Packs = Readonly<Record<Language, LanguagePack>>

const MAX_SUBJECT_WORDS = 8
const MAX_DETAIL_WORDS = 14

const detectLanguage = (tokens: readonly Token[], packs: Packs, preferred: Language): Language => {
  let best: Language = preferred
  let bestScore = 0
  for (const language of [preferred, ...LANGUAGES.filter((other) => other !== preferred)]) {
    const stopwords = new Set(packs[language].lexicon.stopwords)
    const score = tokens.filter((token) => stopwords.has(token.lower)).length
    if (score > bestScore) [best, bestScore] = [language, score]
  }
  return best
}

/** Guesses which language a text is written in; ties go to `preferred`. */
export const guessLanguage = (text: string, packs: Packs, preferred: Language): Language => detectLanguage(tokenize(text), packs, preferred)

const allMoodWords = (packs: Packs): Array<[Mood, string[]]> => {
  const byMood = new Map<Mood, string[]>()
  for (const language of LANGUAGES) {
    for (const [mood, words] of Object.entries(packs[language].lexicon.moods) as Array<[Mood, string[]]>) {
      byMood.set(mood, [...(byMood.get(mood) ?? []), ...words])
    }
  }
  return [...byMood]
}

const moodAt = (tokens: readonly Token[], index: number, moodWords: Array<[Mood, string[]]>): Mood | null =>
  moodWords.find(([, words]) => matchAny(tokens, index, words) > 0)?.[0] ?? null

const readMoods = (tokens: readonly Token[], moodWords: Array<[Mood, string[]]>): Mood[] => {
  const found: Mood[] = []
  tokens.forEach((_, index) => {
    const mood = moodAt(tokens, index, moodWords)
    if (mood && !found.includes(mood)) found.push(mood)
  })
  return found.slice(0, 3)
}

const readKind = (tokens: readonly Token[], lexicons: readonly Lexicon[]): Kind => {
  const has = (kind: Kind) => tokens.some((_, index) => lexicons.some((lexicon) => matchAny(tokens, index, lexicon.formats[kind]) > 0))
  return has('promo') ? 'promo' : has('story') ? 'story' : 'portrait'
}

const formatWords = (lexicon: Lexicon): string[] => [...lexicon.formats.promo, ...lexicon.formats.story, ...lexicon.formats.portrait]

/** Where a video runs is not what it is about. Brand names, the same in every language. */
const PLATFORMS = new Set([
  'instagram',
  'tiktok',
  'youtube',
  'facebook',
  'linkedin',
  'twitter',
  'snapchat',
  'pinterest',
  'reels',
  'shorts',
  'tv',
  'web',
])

/** The run of content words just before `index` ("Bicycle shop" in "Bicycle shop ad"), with its article. */
const wordsBefore = (tokens: readonly Token[], index: number, lexicon: Lexicon, isMood: (index: number) => boolean): number | null => {
  const skip = new Set([...lexicon.fillers, ...lexicon.determiners, ...lexicon.and, ...formatWords(lexicon)])
  let start = index
  while (start > 0 && tokens[start - 1]!.word && !skip.has(tokens[start - 1]!.lower) && !isMood(start - 1)) start--
  if (start === index) return null
  return start > 0 && lexicon.determiners.includes(tokens[start - 1]!.lower) ? start - 1 : start
}

/** Where the subject starts: after "ad for", "story about", "vídeo sobre"…, or after leading filler words. */
const findSubjectStart = (tokens: readonly Token[], lexicon: Lexicon, isMood: (index: number) => boolean): number => {
  const formats = formatWords(lexicon)
  for (let index = 0; index < tokens.length; index++) {
    const length = matchAny(tokens, index, formats)
    if (length === 0) continue
    for (let ahead = index + length; ahead < Math.min(tokens.length, index + length + 4); ahead++) {
      const token = tokens[ahead]!
      if (token.text === ':') return ahead + 1
      if (!token.word) break
      if (token.lower in lexicon.contractions) return ahead
      let introducer = matchAny(tokens, ahead, lexicon.introducers)
      if (introducer === 0) continue
      // "anuncio de (30 segundos) para un taller": with the length cut out, two introducers meet; the last one counts.
      let start = ahead + introducer
      while ((introducer = matchAny(tokens, start, lexicon.introducers)) > 0) start += introducer
      // "a video to present | our bakery", "une vidéo pour présenter | notre boulangerie".
      while (tokens[start] && lexicon.fillers.includes(tokens[start]!.lower)) start++
      let probe = start
      while (tokens[probe] && (lexicon.determiners.includes(tokens[probe]!.lower) || tokens[probe]!.lower in lexicon.contractions)) probe++
      // "Bicycle shop ad for Instagram": what follows is where it runs, so the subject came before the format.
      if (!tokens[probe]?.word || PLATFORMS.has(tokens[probe]!.lower)) return wordsBefore(tokens, index, lexicon, isMood) ?? start
      return start
    }
  }
  const skippable = new Set([...lexicon.fillers, ...formats, ...lexicon.introducers, ...lexicon.determiners, ...PLATFORMS])
  let start = 0
  while (start < tokens.length && (skippable.has(tokens[start]!.lower) || isMood(start) || !tokens[start]!.word)) start++
  // Give back the article the skipping ate: "make a video about | our new blend".
  while (start > 0 && lexicon.determiners.includes(tokens[start - 1]!.lower)) start--
  return start
}

/**
 * Reads a prompt the way a producer would skim a brief: what kind of video, about what, in what mood.
 * Words are kept as typed, so the storyboard speaks of the subject in the person's own words.
 */
export const readPrompt = (prompt: string, packs: Packs, preferred: Language): PromptReading => {
  const linkMatch = LINK.exec(prompt)
  const link = linkMatch ? linkMatch[0].replace(/[.!?]+$/, '') : null
  const text = prompt.replace(LINK, ' ').replace(DURATION, ' ')
  const tokens = tokenize(text)
  const language = detectLanguage(tokens, packs, preferred)
  const lexicon = packs[language].lexicon
  const moodWords = allMoodWords(packs)
  const isMood = (index: number) => moodAt(tokens, index, moodWords) !== null
  const formats = formatWords(lexicon)
  const kind = readKind(tokens, language === 'en' ? [lexicon] : [lexicon, packs.en.lexicon])

  // A mood word ends the subject only when it starts a list of tones ("a bike shop, warm and funny",
  // "a bike shop warm and funny") or names a style ("in a playful style"), not in "a dark chocolate shop".
  const startsToneList = (index: number): boolean => {
    if (!isMood(index)) return false
    const next = tokens[index + 1]
    return !next?.word || lexicon.and.includes(next.lower) || isMood(index + 1) || lexicon.styleWords.includes(next.lower)
  }

  // "Bicycle shop ad, funny" ends at "ad"; "a documentary film festival" does not end at "film".
  const endsWithFormat = (index: number): boolean => {
    const length = matchAny(tokens, index, formats)
    const next = tokens[index + length]
    return (
      length > 0 && (!next?.word || matchAny(tokens, index + length, [...lexicon.introducers, ...lexicon.detailStarts, ...lexicon.and]) > 0)
    )
  }

  let index = findSubjectStart(tokens, lexicon, isMood)
  let determiner: string | null = null
  const contracted = tokens[index] && lexicon.contractions[tokens[index]!.lower]
  if (contracted) {
    determiner = contracted
    index++
  }
  while (tokens[index] && lexicon.determiners.includes(tokens[index]!.lower)) {
    determiner = determiner ? `${determiner} ${tokens[index]!.lower}` : tokens[index]!.lower
    index++
  }

  const subjectTokens: Token[] = []
  for (; index < tokens.length && subjectTokens.length < MAX_SUBJECT_WORDS; index++) {
    const token = tokens[index]!
    if (!token.word && !lexicon.and.includes(token.lower)) break
    if (subjectTokens.length > 0 && (lexicon.detailStarts.includes(token.lower) || endsWithFormat(index))) break
    if (startsToneList(index)) break
    if (lexicon.and.includes(token.lower) && (isMood(index + 1) || !tokens[index + 1]?.word)) break
    subjectTokens.push(token)
  }
  while (subjectTokens.length > 0 && lexicon.and.includes(subjectTokens[subjectTokens.length - 1]!.lower)) subjectTokens.pop()

  // "a robot, who learns to paint" / "ein Roboter, der malen lernt": a comma may come before the detail.
  if (tokens[index]?.text === ',' && tokens[index + 1] && lexicon.detailStarts.includes(tokens[index + 1]!.lower)) index++
  const detailTokens: Token[] = []
  if (subjectTokens.length > 0 && tokens[index] && lexicon.detailStarts.includes(tokens[index]!.lower)) {
    for (; index < tokens.length && detailTokens.length < MAX_DETAIL_WORDS; index++) {
      const token = tokens[index]!
      if (!token.word || startsToneList(index) || lexicon.styleWords.includes(token.lower)) break
      if (lexicon.and.includes(token.lower) && isMood(index + 1)) break
      detailTokens.push(token)
    }
    // "with same-day service in a" (before "playful style") loses its dangling "in a".
    const dangling = new Set([...lexicon.determiners, ...lexicon.detailStarts, ...lexicon.introducers, ...lexicon.and])
    while (detailTokens.length > 0 && dangling.has(detailTokens[detailTokens.length - 1]!.lower)) detailTokens.pop()
  }

  const span = (list: Token[]) => text.slice(list[0]!.start, list[list.length - 1]!.end)
  // "Bicycle shop ad": a capital that only starts the sentence is not part of the words ("Café Luna" keeps its).
  const sentenceCase = (words: string): string => {
    const startsPrompt = subjectTokens[0] === tokens.find((token) => token.word)
    const restLower = subjectTokens.slice(1).every((token) => !/^\p{Lu}/u.test(token.text))
    return startsPrompt && restLower && subjectTokens.length >= 2 && language !== 'de'
      ? words.charAt(0).toLowerCase() + words.slice(1)
      : words
  }
  return {
    language,
    kind,
    moods: readMoods(tokens, moodWords),
    subject: subjectTokens.length > 0 ? { words: sentenceCase(span(subjectTokens)), determiner } : null,
    detail: detailTokens.length >= 2 ? span(detailTokens) : null,
    link,
  }
}
