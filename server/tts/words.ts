import type { Language } from '../ai/storyboard.ts'

const WORD_SEGMENTERS = new Map<Language, Intl.Segmenter>()

/** Words as a reader counts them (Intl.Segmenter word-like segments): the unit of speaking rates and word budgets. */
export const countWords = (text: string, language: Language): number => {
  let segmenter = WORD_SEGMENTERS.get(language)
  if (!segmenter) WORD_SEGMENTERS.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })))
  let words = 0
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++
  return words
}
