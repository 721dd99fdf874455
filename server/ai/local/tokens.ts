/** Splitting text into words and matching word lists, for reading prompts and questions. */

export interface Token {
  /** As typed. */
  text: string
  lower: string
  /** Offsets in the text the token came from, so a span can be cut out exactly as typed. */
  start: number
  end: number
  /** False for punctuation. */
  word: boolean
}

// Words keep inner hyphens, apostrophes, dots and ampersands ("family-owned", "Joe's", "B&B").
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu

/** French and Italian elisions typed onto the next word: "l'atelier" is the article "l'" and "atelier". */
const ELIDED = /^(l|d|j|qu|c|s|n|m|t|un|dell|all|nell|sull|dall|quest)['’](?=\p{L})/iu

export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = []
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0]
    const start = match.index
    const word = /[\p{L}\p{N}]/u.test(raw)
    const elided = word ? ELIDED.exec(raw) : null
    const parts = elided ? [raw.slice(0, elided[0].length), raw.slice(elided[0].length)] : [raw]
    let offset = start
    for (const part of parts) {
      const normalized = part.toLowerCase().replaceAll('’', "'")
      tokens.push({ text: part, lower: normalized, start: offset, end: offset + part.length, word })
      offset += part.length
    }
  }
  return tokens
}

/**
 * How many tokens from `index` an entry matches: 0 for none. An entry ending in `*` matches any word that
 * starts with it; an entry with spaces matches that sequence of words.
 */
export const matchAt = (tokens: readonly Token[], index: number, entry: string): number => {
  const parts = entry.split(' ')
  for (let offset = 0; offset < parts.length; offset++) {
    const token = tokens[index + offset]
    const part = parts[offset]!
    if (!token?.word) return 0
    const prefix = part.endsWith('*')
    if (prefix ? !token.lower.startsWith(part.slice(0, -1)) : token.lower !== part) return 0
  }
  return parts.length
}

/** The longest match of any entry at `index`. */
export const matchAny = (tokens: readonly Token[], index: number, entries: readonly string[]): number =>
  entries.reduce((longest, entry) => Math.max(longest, matchAt(tokens, index, entry)), 0)

/** Whether any entry matches anywhere in the tokens. */
export const containsAny = (tokens: readonly Token[], entries: readonly string[]): boolean =>
  tokens.some((_, index) => matchAny(tokens, index, entries) > 0)

export const countWords = (text: string): number => tokenize(text).filter((token) => token.word).length
