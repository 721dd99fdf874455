import { describe, expect, test } from 'bun:test'
import { LANGUAGES } from '../ai/storyboard.ts'
import type { Language } from '../db/model.ts'
import { en } from './en.ts'
import { messagesFor, negotiateLanguage } from './index.ts'
import { translations } from './translations.ts'

const translatedLanguages = LANGUAGES.filter((language) => language !== 'en')

/** A messages tree with every text replaced by its kind, so two trees compare by keys, kinds and array lengths. */
const shapeOf = (node: unknown): unknown => {
  if (typeof node === 'string') return 'text'
  if (typeof node === 'function') return `function of ${node.length} argument(s)`
  if (Array.isArray(node)) return node.map(shapeOf)
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, shapeOf(value)]))
  return `unexpected ${typeof node}`
}

/** Every leaf of a messages tree with its dotted path (`home.beats.0`, `form.scenes`). */
const leavesOf = (node: unknown, path = ''): [string, unknown][] =>
  node && typeof node === 'object'
    ? Object.entries(node).flatMap(([key, value]) => leavesOf(value, path ? `${path}.${key}` : key))
    : [[path, node]]

const textAt = (messages: unknown, path: string) => new Map(leavesOf(messages)).get(path)

/**
 * Arguments to call each message function with. Numbers are distinct and unlikely to appear in
 * the texts themselves, so "the result contains 47" means the argument really was interpolated.
 */
const sampleArguments: Record<string, unknown[]> = {
  'form.scenes': [47],
  'form.textErrors.tooLong': [4999],
  'form.textErrors.sentenceTooLong': [601],
  'form.textErrors.tooLongForShorts': [83, 67],
  'progress.scene': [23, 58],
  'progress.narration': [27, 59],
  'progress.sceneWritten': [31],
  'progress.sceneNarrated': [32],
  'progress.sceneFailed': [33],
  'gallery.page': [61, 94],
  'video.scene': [36],
  'video.seconds': [4.5],
  'account.signedInAs': ['ana@example.com'],
  'validation.tooShort': [43],
  'validation.tooLong': [71],
  'validation.tooSmall': [37],
  'validation.tooBig': [83],
  'validation.shortsTooLong': [67],
  'writer.unsupported': ['Klingon-47', 'Esperanto-94'],
  'player.silentClips': [47],
}

describe('translations', () => {
  test('sample arguments cover exactly the message functions of English', () => {
    const functionPaths = leavesOf(en).flatMap(([path, value]) => (typeof value === 'function' ? [path] : []))
    expect(functionPaths.sort()).toEqual(Object.keys(sampleArguments).sort())
  })

  for (const language of translatedLanguages) {
    describe(language, () => {
      const messages = translations[language]

      test('has every key of English, no extra ones, and arrays of the same length', () => {
        expect(shapeOf(messages)).toEqual(shapeOf(en))
      })

      test('has no empty text', () => {
        const empty = leavesOf(messages).filter(([, value]) => typeof value === 'string' && value.trim() === '')
        expect(empty.map(([path]) => path)).toEqual([])
      })

      test('message functions return non-empty text containing their arguments', () => {
        for (const [path, args] of Object.entries(sampleArguments)) {
          const message = textAt(messages, path) as (...args: unknown[]) => unknown
          const text = message(...args)
          expect(typeof text).toBe('string')
          expect((text as string).trim()).not.toBe('')
          for (const arg of args) expect(text as string).toContain(String(arg))
        }
      })

      test('is actually translated: at most a few texts (loanwords like "Video") equal the English', () => {
        // Language names are endonyms ("Deutsch") in every language by design, so they do not count.
        const texts = leavesOf(messages).filter(([path, value]) => typeof value === 'string' && !path.startsWith('languages.'))
        const sameAsEnglish = texts.filter(([path, value]) => value === textAt(en, path))
        expect(sameAsEnglish.length / texts.length).toBeLessThan(0.1)
      })

      test('a scene count says one scene and many scenes differently', () => {
        const word = (count: number) => messagesFor(language).form.scenes(count).replace(String(count), '').trim()
        expect(word(1)).not.toBe(word(5))
        expect(word(2)).toBe(word(5))
      })
    })
  }

  test('French counts zero as singular, as its plural rules say', () => {
    expect(messagesFor('fr').form.scenes(0)).toBe('0 scène')
    expect(messagesFor('fr').form.scenes(2)).toBe('2 scènes')
  })
})

describe('messagesFor', () => {
  test('returns English itself for English', () => {
    expect(messagesFor('en')).toBe(en)
  })

  for (const language of translatedLanguages) {
    test(`returns the ${language} translation, not English`, () => {
      expect(messagesFor(language)).toEqual(translations[language] as typeof en)
      expect(messagesFor(language).form.submit).not.toBe(en.form.submit)
    })
  }
})

describe('negotiateLanguage', () => {
  const cases: [header: string | null | undefined, expected: Language, why: string][] = [
    ['de-CH,de;q=0.9,en;q=0.8', 'de', 'a regional tag counts for its base language'],
    ['xx', 'en', 'an unsupported language falls back to English'],
    ['xx,zz;q=0.5', 'en', 'only unsupported languages fall back to English'],
    ['fr;q=0,es;q=0.5', 'es', 'q=0 means "not acceptable" and is skipped'],
    ['it;q=0', 'en', 'a language refused with q=0 is never chosen'],
    ['en-US,en;q=0.9', 'en', 'Chrome, English'],
    ['fr,fr-FR;q=0.8,en-US;q=0.5,en;q=0.3', 'fr', 'Firefox, French'],
    ['pt-BR', 'pt', 'Safari, Brazilian Portuguese'],
    ['es-419,es;q=0.9,en;q=0.8', 'es', 'Latin American Spanish'],
    ['ja,en-GB;q=0.7,it;q=0.8', 'it', 'the highest q among supported languages wins, not the first listed'],
    ['en;q=0.5, de;q=0.9', 'de', 'spaces after commas are allowed'],
    ['de;q=0.8,fr;q=0.8', 'de', 'equal q keeps the header order'],
    ['DE-at', 'de', 'tags are case-insensitive'],
    ['*', 'en', 'a wildcard means anything, so English'],
    ['', 'en', 'an empty header'],
    [null, 'en', 'no header'],
    [undefined, 'en', 'no header'],
  ]
  for (const [header, expected, why] of cases) {
    test(`${JSON.stringify(header)} -> ${expected} (${why})`, () => {
      expect(negotiateLanguage(header)).toBe(expected)
    })
  }
})
