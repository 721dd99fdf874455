import { describe, expect, test } from 'bun:test'
import { countWords } from '../tokens.ts'
import { LANGUAGE_PACKS } from '../lang/index.ts'
import { tightenLine } from './tighten.ts'

const tighten = (line: string, language: keyof typeof LANGUAGE_PACKS = 'en') =>
  tightenLine(line, LANGUAGE_PACKS[language].lexicon, LANGUAGE_PACKS[language].assistant.fillerWords)

describe('tightenLine', () => {
  test('one idea per sentence, long clauses cut where a relative clause begins', () => {
    expect(tighten('At the bicycle repair shop, it starts with real people who care about the details.')).toBe(
      'At the bicycle repair shop. It starts with real people.',
    )
  })

  test('filler words and opening connectors go; questions keep their mark', () => {
    expect(tighten('And honestly, it really just works? You will see.')).toBe('It works? You will see.')
  })

  test('the result is shorter than a long line', () => {
    const line = "We've all been there: it has to be done, done right, and done today, and we really mean today."
    expect(countWords(tighten(line))).toBeLessThan(countWords(line))
  })

  test('works on other languages with their own small words', () => {
    expect(tighten('En el taller, todo empieza con personas de verdad que cuidan cada detalle.', 'es')).toBe(
      'En el taller. Todo empieza con personas de verdad.',
    )
  })

  test('a line too short to cut comes back as it was', () => {
    expect(tighten('Go.')).toBe('Go.')
  })
})
