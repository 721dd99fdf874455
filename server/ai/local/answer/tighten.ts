import type { Lexicon } from '../lang/types.ts'
import { cap } from '../lang/helpers.ts'
import { tokenize } from '../tokens.ts'

/** A clause and the punctuation that ends it. */
const CLAUSE = /([^.!?;:,…—–]+?)(?:([.!?;:,…—–]+)|\s-\s|$)/g
const MAX_CLAUSE_WORDS = 7

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean)

/**
 * Makes a narration line punchier without knowing its meaning: one idea per sentence (commas become full
 * stops), filler words and opening connectors gone, and long clauses cut where a relative clause begins
 * ("real people who care about the details" → "real people"). Returns the line unchanged when it is
 * already as short as this can make it.
 */
export const tightenLine = (line: string, lexicon: Lexicon, fillerWords: readonly string[]): string => {
  const fillers = new Set(fillerWords)
  const connectors = new Set(lexicon.connectors)
  const cutWords = new Set([...lexicon.detailStarts, ...lexicon.and])
  const clauses = [...line.matchAll(CLAUSE)]
    .map(([, clause = '', ending = '']) => {
      let kept = tokenize(clause)
        .filter((token) => token.word && !fillers.has(token.lower))
        .map((token) => token.text)
      while (kept.length > 1 && connectors.has(kept[0]!.toLowerCase())) kept = kept.slice(1)
      if (kept.length > MAX_CLAUSE_WORDS) {
        const cut = kept.findIndex((word, index) => index >= 3 && cutWords.has(word.toLowerCase()))
        if (cut > 0) kept = kept.slice(0, cut)
      }
      // Questions and exclamations keep their mark; everything else ends in a full stop.
      const mark = ending.includes('?') ? '?' : ending.includes('!') ? '!' : '.'
      return kept.length > 0 ? `${cap(kept.join(' '))}${mark}` : ''
    })
    .filter((clause) => words(clause).length >= 2)
  if (clauses.length === 0) return line
  const total = (list: string[]) => list.reduce((sum, clause) => sum + words(clause).length, 0)
  let chosen = clauses
  // Still no shorter than the original: keep the first two ideas only.
  if (total(chosen) >= words(line).length) chosen = clauses.slice(0, 2)
  if (total(chosen) >= words(line).length) chosen = clauses.slice(0, 1)
  return chosen.join(' ')
}
