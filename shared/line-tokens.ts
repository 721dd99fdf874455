/**
 * Text as the units a line breaker may not split: a word with the punctuation that clings to it
 * (closing after, opening before), or in Chinese and Japanese a single character with its kinsoku
 * neighbours. Server caption files and the player's canvas text read the same tokens, so a line can
 * never start with "?" or end with "¿" or "「" in either.
 */
import { BREAK_ANYWHERE, EITHER_QUOTE, NO_LINE_END, NO_LINE_START } from './phrase-rules.ts'

/** One unit as drawn: its text, and whether a space separates it from the next token. */
export type Token = { text: string; spaceAfter: boolean }

type Segment = { segment: string; isWordLike?: boolean }
const words = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null
const graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null
const segmentsOf = (text: string): Segment[] =>
  words ? [...words.segment(text)] : text.split(/(\s+)/).map((segment) => ({ segment, isWordLike: /\S/.test(segment) }))

/** The user-perceived characters of a string (an accent or an emoji sequence stays whole). */
export const graphemesOf = (text: string): string[] => (graphemes ? [...graphemes.segment(text)].map((part) => part.segment) : [...text])

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** Scripts written without spaces between words, split by Intl.Segmenter's dictionary. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

/**
 * Splits text into tokens; see the module comment for what sticks to what. A run between spaces is
 * one token ("<b>hi</b>", "well-known", "l’homme"), unless its script breaks without spaces.
 */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = []
  // Opening punctuation (and a lone leading dash) waiting for the word it belongs to, with its own spacing.
  let pending = ''
  const glueBack = (part: string) => {
    const last = tokens.at(-1)
    if (!last) {
      pending += part
      return
    }
    // "Vraiment ?" and "word —" keep their space, inside the token, so the pair never splits.
    last.text += (last.spaceAfter ? ' ' : '') + part
    last.spaceAfter = false
  }
  const push = (part: string) => {
    tokens.push({ text: pending + part, spaceAfter: false })
    pending = ''
  }
  /** A run of Chinese, Japanese or Thai: words from the segmenter, CJK ones split into characters. */
  const splitRun = (run: string) => {
    for (const { segment, isWordLike } of segmentsOf(run)) {
      const parts = isWordLike && BREAK_ANYWHERE.test(segment) ? graphemesOf(segment) : isWordLike ? [segment] : null
      if (parts) {
        for (const part of parts) {
          const last = tokens.at(-1)
          if (NO_LINE_START.test(part) && last && !last.spaceAfter && !pending) last.text += part
          else push(part)
        }
        continue
      }
      for (const char of graphemesOf(segment)) {
        const last = tokens.at(-1)
        if (NO_LINE_END.test(char) || (EITHER_QUOTE.test(char) && (!last || last.spaceAfter || pending !== ''))) pending += char
        else glueBack(char)
      }
    }
  }
  for (const run of text.split(/\s+/u).filter(Boolean)) {
    if (!LETTER_OR_DIGIT.test(run)) {
      // Punctuation alone between spaces: « opens what follows; ? » — – close or continue what precedes.
      if (tokens.length === 0 || graphemesOf(run).every((char) => NO_LINE_END.test(char))) pending += `${run} `
      else glueBack(run)
    } else if (BREAK_ANYWHERE.test(run) || UNSPACED.test(run)) {
      splitRun(run)
    } else {
      push(run)
    }
    const last = tokens.at(-1)
    if (last) last.spaceAfter = true
  }
  const last = tokens.at(-1)
  if (last) last.spaceAfter = false
  if (pending.trim()) {
    if (last) last.text += ` ${pending.trim()}`
    else tokens.push({ text: pending.trim(), spaceAfter: false })
  }
  return tokens
}

/** The tokens as one string, spaces where the text had them. */
export const joinTokens = (tokens: readonly Token[]): string =>
  tokens.map((token, index) => token.text + (token.spaceAfter && index < tokens.length - 1 ? ' ' : '')).join('')

/** How many "narrow characters" a string takes: a CJK character is about two Latin ones wide. */
export const visualLength = (text: string): number => {
  let length = 0
  for (const char of text) length += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u.test(char) ? 2 : 1
  return length
}
