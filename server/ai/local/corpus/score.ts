import { CLINGING_WORDS } from '../../../../shared/phrase-rules.ts'
import type { Language, Storyboard } from '../../storyboard.ts'
import type { CorpusIdea } from './ideas.ts'

/** How one storyboard did against its corpus idea. */
export interface IdeaScore {
  lost: string[]
  /** Texts that end a phrase on a word that leans on the next one: "Finds a:", "on a,". */
  cut: string[]
  /** `absent` strings that appeared anyway. */
  unwanted: string[]
}

const fold = (text: string): string => text.normalize('NFC').replace(/[’]/g, "'").replace(/\s+/g, ' ').toLowerCase()

/** What a viewer reads or hears: the title, the narration and the on-screen text. */
export const visibleText = (storyboard: Storyboard): string =>
  [storyboard.title, ...storyboard.scenes.flatMap((scene) => [scene.narration, scene.onScreenText])].join('\n')

const WORD_THEN_BREAK = /([\p{L}'’]+)\s*(?:[,:;]|…|$)/gu

/** Phrases cut after an article or a preposition, in the title, the on-screen texts and the narration. */
export const cutPhrases = (storyboard: Storyboard, language: Language): string[] => {
  const clinging = CLINGING_WORDS[language]
  const texts = [storyboard.title, ...storyboard.scenes.flatMap((scene) => [scene.onScreenText, scene.narration])]
  const found: string[] = []
  for (const text of texts) {
    for (const match of text.matchAll(WORD_THEN_BREAK)) {
      // A break inside the text only counts before punctuation; at the very end any text may not end on "a".
      if (clinging.has(match[1]!.toLowerCase())) found.push(text)
    }
    if (storyboard.title === text && text.endsWith('…')) found.push(text)
  }
  return [...new Set(found)]
}

export const scoreIdea = (storyboard: Storyboard, idea: CorpusIdea): IdeaScore => {
  const seen = fold(visibleText(storyboard))
  return {
    lost: idea.details.filter((detail) => !seen.includes(fold(detail))),
    cut: cutPhrases(storyboard, idea.language),
    unwanted: (idea.absent ?? []).filter((text) => fold(visibleText(storyboard) + storyboard.logline).includes(fold(text))),
  }
}
