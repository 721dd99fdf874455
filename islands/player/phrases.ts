/**
 * Canvas text as lines. The tokens (shared/line-tokens.ts) already keep punctuation with its word
 * and let Chinese and Japanese break between characters; lines break where a phrase ends, not after
 * an article.
 */
import { joinTokens, visualLength, type Token } from '../../shared/line-tokens.ts'
import { ANY_CLINGING_WORD, PHRASE_END } from '../../shared/phrase-rules.ts'

export { joinTokens, tokenize, visualLength, type Token } from '../../shared/line-tokens.ts'

/** The width of a string as drawn (in the browser `(text) => context.measureText(text).width`). */
export type Measure = (text: string) => number

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u
const LTR_STRONG = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0900-\u0dff\u3040-\u30ff\u4e00-\u9fff]/u

/** The paragraph direction from the first strong character, as the Unicode bidi algorithm does. */
export const textDirection = (text: string): 'ltr' | 'rtl' => {
  for (const char of text) {
    if (RTL.test(char)) return 'rtl'
    if (LTR_STRONG.test(char)) return 'ltr'
  }
  return 'ltr'
}

const endsPhrase = (token: Token | undefined) => token !== undefined && PHRASE_END.test(token.text)
export const leans = (token: Token | undefined) => token !== undefined && ANY_CLINGING_WORD.has(token.text.toLowerCase())

/**
 * Splits a sentence's tokens into caption chunks of at most `maxChars` (visual length), closing a
 * chunk early at a phrase end once it is half full, and never ending one on a leaning word.
 */
export const chunkTokens = (tokens: readonly Token[], maxChars: number): Token[][] => {
  const chunks: Token[][] = []
  let current: Token[] = []
  for (const token of tokens) {
    const candidate = [...current, token]
    if (current.length > 0 && visualLength(joinTokens(candidate)) > maxChars) {
      // Move trailing leaning words to the next chunk, with the word they lean on.
      const carried: Token[] = []
      while (current.length > 1 && leans(current.at(-1))) carried.unshift(current.pop()!)
      chunks.push(current)
      current = [...carried, token]
    } else {
      current = candidate
    }
    if (endsPhrase(token) && visualLength(joinTokens(current)) >= maxChars / 2) {
      chunks.push(current)
      current = []
    }
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** Penalties in squared pixels, on the scale of the raggedness cost. */
const LEANING_PENALTY = 1e9
const PHRASE_BONUS = 0.5

/**
 * Breaks tokens into at most `maxLines` lines no wider than `maxWidth`, choosing among all the
 * break points the set that keeps lines even, prefers phrase ends and never leaves an article at a
 * line's end (dynamic programming over break positions). Returns token index ranges per line.
 * A token wider than a line gets a line of its own.
 */
export const breakLines = (tokens: readonly Token[], maxWidth: number, measure: Measure, maxLines = 2): Token[][] => {
  const count = tokens.length
  if (count === 0) return []
  const widthOf = (from: number, to: number) => measure(joinTokens(tokens.slice(from, to)))
  // best[i][l]: the cheapest way to lay out tokens[0, i) in l lines.
  const best: { cost: number; from: number }[][] = Array.from({ length: count + 1 }, () => [])
  best[0]![0] = { cost: 0, from: -1 }
  for (let end = 1; end <= count; end++) {
    for (let start = end - 1; start >= 0; start--) {
      const width = widthOf(start, end)
      if (width > maxWidth && end - start > 1) break
      const slack = Math.max(0, maxWidth - width)
      let lineCost = slack * slack
      if (end < count) {
        if (leans(tokens[end - 1])) lineCost += LEANING_PENALTY
        if (endsPhrase(tokens[end - 1])) lineCost *= PHRASE_BONUS
      }
      for (const [lines, previous] of best[start]!.entries()) {
        if (!previous || lines + 1 > maxLines) continue
        const cost = previous.cost + lineCost
        const current = best[end]![lines + 1]
        if (!current || cost < current.cost) best[end]![lines + 1] = { cost, from: start }
      }
    }
  }
  const options = best[count]!.map((entry, lines) => ({ entry, lines })).filter((option) => option.entry)
  // More tokens than fit in maxLines: fall back to as many greedy lines as needed.
  if (options.length === 0) return breakLines(tokens, maxWidth, measure, maxLines + 1)
  // The fewest lines first (a caption that fits on one line stays on one), unless that leaves a
  // leaning word at a line's end: one more line is better than "the" alone at the right edge.
  const { lines, entry } = options.find((option) => option.entry.cost < LEANING_PENALTY) ?? options[0]!
  if (entry.cost >= LEANING_PENALTY && maxLines < count) {
    const more = breakLines(tokens, maxWidth, measure, maxLines + 1)
    if (more.slice(0, -1).every((line) => !leans(line.at(-1)))) return more
  }
  const result: Token[][] = []
  let end = count
  for (let line = lines; line > 0; line--) {
    const { from } = best[end]![line]!
    result.unshift(tokens.slice(from, end))
    end = from
  }
  return result
}
