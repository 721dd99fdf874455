import type { Language } from '../storyboard.ts'
import { splitSentences } from '../../tts/sentences.ts'

/** One sentence of a person's text, as the narrator will say it, and the paragraph it belongs to. */
export interface TextSentence {
  /** The sentence with runs of white space folded to one space (the narrator's splitting, server/tts/sentences.ts). */
  text: string
  /** 0-based paragraph; paragraphs are separated by a blank line. */
  paragraph: number
}

const BLANK_LINE = /\r?\n[^\S\r\n]*\r?\n\s*/u

/**
 * The text's sentences in order, paragraph by paragraph. Sentences are found by the narrator's own
 * splitter (Intl.Segmenter for the language, plus its abbreviations), so a scene made of them is
 * narrated sentence for sentence as it was split here, and no sentence is ever cut in two. A line
 * break ends a sentence too (a heading, a list item), unless the next line starts in lower case.
 */
export const splitText = (text: string, language: Language): TextSentence[] =>
  text
    .split(BLANK_LINE)
    .map((paragraph) => splitSentences(paragraph, language))
    .filter((sentences) => sentences.length > 0)
    .flatMap((sentences, paragraph) => sentences.map((sentence) => ({ text: sentence, paragraph })))

/** Punctuation that ends a sentence, Latin, CJK and Arabic. */
const SENTENCE_END = /[.!?…。！？؟]["'»”’)\]]*$/u

/**
 * The text's first line when it reads as a heading: no sentence-final punctuation, at most
 * `maxChars`, and more text after it. An article's title, when none was given.
 */
export const headingOf = (text: string, maxChars: number): string | null => {
  const trimmed = text.trim()
  const newline = trimmed.search(/\r?\n/u)
  if (newline < 0) return null
  const line = trimmed.slice(0, newline).trim().replace(/\s+/gu, ' ')
  if (!line || line.length > maxChars || SENTENCE_END.test(line) || !/[\p{L}\p{N}]/u.test(line)) return null
  return line
}
