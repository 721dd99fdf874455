import type { Language } from '../../shared/languages.ts'
import { joinTokens, tokenize, visualLength, type Token } from '../../shared/line-tokens.ts'
import { CLINGING_WORDS, PHRASE_END } from '../../shared/phrase-rules.ts'

/**
 * Caption lines the way subtitlers set them: at most ~42 characters a line, at most two lines a
 * cue, broken at phrase boundaries (after punctuation, never right after an article or a short
 * preposition), and no line that is punctuation alone: the player's tokens and rules (shared/), so
 * French « ? » stay with their words and Japanese breaks between characters. A CJK character counts
 * as two.
 */

export const MAX_LINE_CHARS = 42
export const MAX_CUE_LINES = 2

const lengthOf = (tokens: readonly Token[]) => visualLength(joinTokens(tokens))

/** How good a line end `token` is: a phrase end is best, a clinging word is worst. */
const breakScore = ({ text }: Token, language: Language): number => {
  if (PHRASE_END.test(text)) return 2
  if (CLINGING_WORDS[language].has(text.toLowerCase())) return -1
  return 0
}

const linesOf = (tokens: readonly Token[], language: Language, maxChars: number): Token[][] => {
  const lines: Token[][] = []
  let start = 0
  while (start < tokens.length) {
    let end = start + 1
    while (end < tokens.length && lengthOf(tokens.slice(start, end + 1)) <= maxChars) end++
    if (end < tokens.length) {
      // Look back over the line's last 40 % for a better place to break than "wherever it was full".
      const earliest = start + 1 + Math.floor((end - start - 1) * 0.6)
      let best = end
      let bestScore = breakScore(tokens[end - 1]!, language)
      for (let candidate = end - 1; candidate >= earliest && bestScore < 2; candidate--) {
        const score = breakScore(tokens[candidate - 1]!, language)
        if (score > bestScore) [best, bestScore] = [candidate, score]
      }
      // Still on a clinging word: any earlier end that is not one, rather than "the" at the edge.
      for (let candidate = best - 1; candidate > start && bestScore < 0; candidate--)
        if (breakScore(tokens[candidate - 1]!, language) >= 0) [best, bestScore] = [candidate, 0]
      end = best
    }
    lines.push(tokens.slice(start, end))
    start = end
  }
  return lines
}

/** The text's lines, each at most `maxChars` (a single longer word gets a line of its own). */
export const wrapLines = (text: string, language: Language, maxChars = MAX_LINE_CHARS): string[] =>
  linesOf(tokenize(text), language, maxChars).map(joinTokens)

/**
 * One cue's lines: a single line when it fits; two lines cut where the halves are even and a phrase
 * ends (a comma is worth ~8 characters of imbalance); else the greedy lines.
 */
const cueLines = (tokens: readonly Token[], language: Language, maxChars: number): string[] => {
  const lines = linesOf(tokens, language, maxChars).map(joinTokens)
  if (lines.length !== 2) return lines
  let best: string[] = lines
  let bestScore = -Infinity
  for (let cut = 1; cut < tokens.length; cut++) {
    const [first, second] = [tokens.slice(0, cut), tokens.slice(cut)]
    if (lengthOf(first) > maxChars || lengthOf(second) > maxChars) continue
    const score = breakScore(tokens[cut - 1]!, language) * 4 - Math.abs(lengthOf(first) - lengthOf(second)) / 2
    if (score > bestScore) [best, bestScore] = [[joinTokens(first), joinTokens(second)], score]
  }
  return best
}

/**
 * The text as cues of at most `maxLines` lines each, in order: as few cues as the width allows, the
 * words shared between them by length, each cut preferably after punctuation.
 */
export const wrapCues = (text: string, language: Language, maxChars = MAX_LINE_CHARS, maxLines = MAX_CUE_LINES): string[][] => {
  const tokens = tokenize(text)
  const cueCount = Math.ceil(linesOf(tokens, language, maxChars).length / maxLines)
  const cues: string[][] = []
  let start = 0
  for (let cue = 1; cue <= cueCount; cue++) {
    let end = tokens.length
    if (cue < cueCount) {
      // The ideal cut shares the remaining characters evenly; a phrase end near it is better still.
      const ideal = start + (tokens.length - start) / (cueCount - cue + 1)
      let bestScore = -Infinity
      for (let candidate = start + 1; candidate < tokens.length; candidate++) {
        const score = breakScore(tokens[candidate - 1]!, language) - Math.abs(candidate - ideal) * 0.75
        const fits = linesOf(tokens.slice(start, candidate), language, maxChars).length <= maxLines
        if (fits && score > bestScore) [end, bestScore] = [candidate, score]
      }
    }
    const lines = cueLines(tokens.slice(start, end), language, maxChars)
    // A cut that left too much for one cue: fall back to plain groups of lines.
    if (lines.length > maxLines)
      for (let index = 0; index < lines.length; index += maxLines) cues.push(lines.slice(index, index + maxLines))
    else if (lines.length > 0) cues.push(lines)
    start = end
  }
  return cues
}
