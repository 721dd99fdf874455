import { describe, expect, test } from 'bun:test'
import { containsAny, countWords, matchAt, tokenize } from './tokens.ts'

describe('tokenize', () => {
  test('keeps inner hyphens and apostrophes, splits punctuation, records offsets', () => {
    const tokens = tokenize("Joe's family-owned shop, warm")
    expect(tokens.map((token) => token.text)).toEqual(["Joe's", 'family-owned', 'shop', ',', 'warm'])
    expect(tokens[3]!.word).toBe(false)
    expect("Joe's family-owned shop, warm".slice(tokens[2]!.start, tokens[2]!.end)).toBe('shop')
  })

  test('splits French and Italian elided articles from their word', () => {
    expect(tokenize("l'atelier d'un ami").map((token) => token.lower)).toEqual(["l'", 'atelier', "d'", 'un', 'ami'])
    expect(tokenize('un’officina').map((token) => token.lower)).toEqual(["un'", 'officina'])
  })
})

describe('matching word lists', () => {
  const tokens = tokenize('A funny call to action')
  test('plain entries match whole words, `*` entries match prefixes, spaced entries match sequences', () => {
    expect(matchAt(tokens, 1, 'fun')).toBe(0)
    expect(matchAt(tokens, 1, 'funn*')).toBe(1)
    expect(matchAt(tokens, 2, 'call to action')).toBe(3)
    expect(containsAny(tokens, ['music', 'call to action'])).toBe(true)
  })

  test('countWords ignores punctuation', () => {
    expect(countWords('Stop scrolling. This one — really!')).toBe(5)
  })
})
