import { LANGUAGES, type Language } from '../../storyboard.ts'
import type { Intent, LanguagePack } from '../lang/types.ts'
import { matchAny, tokenize, type Token } from '../tokens.ts'

type Packs = Readonly<Record<Language, LanguagePack>>

export interface QuestionReading {
  /** What the question is about; 'scene' when it only names a scene, null when nothing matched. */
  intent: Intent | 'scene' | null
  /** The scene it names: a number from 1, 'last', or null. */
  scene: number | 'last' | null
}

const wordsOf = (packs: Packs, pick: (pack: LanguagePack) => string[]): string[] => LANGUAGES.flatMap((language) => pick(packs[language]))

/** "scene 3", "#3", "3rd scene", "the third scene", "la tercera escena", "the last scene". */
const readScene = (tokens: readonly Token[], packs: Packs): number | 'last' | null => {
  const sceneWords = wordsOf(packs, (pack) => pack.lexicon.sceneWords)
  const lastWords = wordsOf(packs, (pack) => pack.lexicon.lastWords)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.text === '#' && /^\d+$/.test(tokens[index + 1]?.text ?? '')) return Number(tokens[index + 1]!.text)
    if (matchAny(tokens, index, sceneWords) === 0) continue
    const after = tokens[index + 1]
    if (after && /^\d{1,2}$/.test(after.text)) return Number(after.text)
    for (const near of [tokens[index - 1], after, tokens[index - 2]]) {
      if (!near) continue
      const ordinal = /^(\d{1,2})(st|nd|rd|th|º|ª|e|\.)?$/i.exec(near.text)
      if (ordinal && near !== after) return Number(ordinal[1])
      if (lastWords.includes(near.lower)) return 'last'
      for (const language of LANGUAGES) {
        const position = packs[language].lexicon.ordinals.findIndex((word) => near.lower.startsWith(word))
        if (position >= 0) return position + 1
      }
    }
  }
  return null
}

/** Reads a question in any of the languages: what it is about, and which scene it names. */
export const readQuestion = (question: string, packs: Packs): QuestionReading => {
  const tokens = tokenize(question)
  const scene = readScene(tokens, packs)
  const mentions = (intent: Intent) => {
    const words = wordsOf(packs, (pack) => pack.lexicon.intents[intent])
    return tokens.some((_, index) => matchAny(tokens, index, words) > 0)
  }
  if (mentions('punchier')) {
    return { intent: 'punchier', scene: scene ?? (mentions('hook') ? 1 : mentions('ending') ? 'last' : null) }
  }
  for (const intent of ['music', 'title', 'hook', 'ending', 'pacing'] as const) {
    if (mentions(intent)) return { intent, scene }
  }
  return { intent: scene === null ? null : 'scene', scene }
}
