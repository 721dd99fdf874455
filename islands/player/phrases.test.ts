import { describe, expect, test } from 'bun:test'
import { breakLines, chunkTokens, joinTokens, textDirection, tokenize, visualLength } from './phrases.ts'

/** Every character 10 px wide. */
const mono = (text: string) => text.length * 10
const lines = (text: string, maxWidth: number, maxLines = 2) => breakLines(tokenize(text), maxWidth, mono, maxLines).map(joinTokens)

describe('tokenize', () => {
  test('punctuation stays with the word before it, so no line can start with it', () => {
    expect(tokenize('Hello, world — the end.').map((token) => token.text)).toEqual(['Hello,', 'world —', 'the', 'end.'])
  })

  test('Japanese, written without spaces, is split into words', () => {
    const tokens = tokenize('東京は朝の光に包まれています。')
    expect(tokens.length).toBeGreaterThan(3)
    expect(joinTokens(tokens)).toBe('東京は朝の光に包まれています。')
    expect(tokens.at(-1)!.text.endsWith('。')).toBe(true)
  })

  test('joinTokens gives the text back with its spaces', () => {
    expect(joinTokens(tokenize('  مرحبا بكم في المدينة، صباح الخير.  '))).toBe('مرحبا بكم في المدينة، صباح الخير.')
  })
})

describe('textDirection', () => {
  test.each([
    ['Hello', 'ltr'],
    ['مرحبا', 'rtl'],
    ['שלום עולם', 'rtl'],
    ['«مرحبا» hello', 'rtl'],
    ['123 hello', 'ltr'],
    ['नमस्ते', 'ltr'],
    ['東京', 'ltr'],
  ] as const)('%s is %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction)
  })
})

describe('breakLines', () => {
  test('a caption that fits stays on one line', () => {
    expect(lines('Short and sweet.', 400)).toEqual(['Short and sweet.'])
  })

  test('breaks after a phrase-ending comma rather than in the middle of a phrase', () => {
    expect(lines('We walked to the harbour, and the gulls were loud there', 300)).toEqual([
      'We walked to the harbour,',
      'and the gulls were loud there',
    ])
  })

  test('never ends a line with an article', () => {
    for (const width of [150, 180, 200, 230, 260]) {
      const broken = breakLines(tokenize('Look at the boats in the harbour at dawn'), width, mono, 3)
      for (const line of broken.slice(0, -1)) expect(['a', 'an', 'the']).not.toContain(line.at(-1)!.text)
    }
  })

  test('no line is wider than the limit unless a single word is', () => {
    for (const line of lines('Across the harbour the first ferries cut silver lines', 220, 4)) expect(mono(line)).toBeLessThanOrEqual(220)
    expect(lines('Pneumonoultramicroscopic is long', 100, 3)[0]).toBe('Pneumonoultramicroscopic')
  })

  test('more text than maxLines allows gets more lines rather than losing words', () => {
    const text = 'one two three four five six seven eight nine ten'
    expect(lines(text, 100).join(' ')).toBe(text)
  })
})

describe('chunkTokens', () => {
  test('chunks stay within the limit, keep every word, and close at a phrase end once half full', () => {
    const text = 'Across the harbour the first ferries cut silver lines through the water, while gulls argue over the fish market roofs'
    const chunks = chunkTokens(tokenize(text), 42).map(joinTokens)
    for (const chunk of chunks) expect(visualLength(chunk)).toBeLessThanOrEqual(42)
    expect(chunks.join(' ')).toBe(text)
    expect(chunks.some((chunk) => chunk.endsWith('water,'))).toBe(true)
  })

  test('a chunk never ends on an article: it moves to the next chunk with its noun', () => {
    const chunks = chunkTokens(tokenize('aaaa bbbb cccc the dddd'), 14).map(joinTokens)
    expect(chunks).toEqual(['aaaa bbbb cccc', 'the dddd'])
  })

  test('CJK characters count double, about their width on screen', () => {
    expect(visualLength('東京 ab')).toBe(7)
  })
})
