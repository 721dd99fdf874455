import { describe, expect, test } from 'bun:test'
import { SCENE_COUNT_LIMITS } from '../../../shared/durations.ts'
import { SOURCE_TEXT_LIMITS, TEXT_SCENE_RULE } from '../../../shared/sources.ts'
import { splitSentences } from '../../tts/sentences.ts'
import { LANGUAGES, type Language } from '../storyboard.ts'
import { headingOf, splitText } from './sentences.ts'
import { scenesOf, storyboardFromScript } from './storyboard.ts'

/** A seeded generator (an LCG is plenty for test data): the same seed, the same texts, on every run. */
const generator = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  }
}

/** Per language: words, and pieces that tempt a splitter to cut (abbreviations followed by a capital, decimals, quotes). */
const PIECES: Record<Language, { words: string[]; traps: string[] }> = {
  en: {
    words: 'harbour boat morning bread river light market window garden street'.split(' '),
    traps: ['Dr. Weber', 'e.g. bread', 'i.e. light', '3.5 metres', 'Mr. Li', 'St. Ives'],
  },
  es: {
    words: 'puerto barco mañana pan río luz mercado ventana jardín calle'.split(' '),
    traps: ['Dr. García', 'Sra. López', 'p. ej. pan', '3,5 metros', 'EE. UU.'],
  },
  fr: {
    words: 'port bateau matin pain fleuve lumière marché fenêtre jardin rue'.split(' '),
    traps: ['M. Dupont', 'Mme. Roux', 'p. ex. du pain', '3,5 mètres', 'Dr. Martin'],
  },
  de: {
    words: 'Hafen Boot Morgen Brot Fluss Licht Markt Fenster Garten Straße'.split(' '),
    traps: ['Dr. Weber', 'z. B. Brot', 'am 3. Mai', 'Prof. Klein', 'ca. 3,5 Meter'],
  },
  pt: {
    words: 'porto barco manhã pão rio luz mercado janela jardim rua'.split(' '),
    traps: ['Dr. Silva', 'Sra. Costa', 'p. ex. pão', '3,5 metros', 'Prof. Lima'],
  },
  it: {
    words: 'porto barca mattina pane fiume luce mercato finestra giardino strada'.split(' '),
    traps: ['Dott. Rossi', 'Sig. Bianchi', 'p. es. pane', '3,5 metri', 'Prof. Verdi'],
  },
}
// Not "…": ICU (and so the narrator) lets a sentence run on after an ellipsis.
const ENDINGS = ['.', '.', '.', '!', '?', '?!']

const sentenceOf = (random: ReturnType<typeof generator>, language: Language): string => {
  const { words, traps } = PIECES[language]
  // A sentence opens on a word: after a full stop ICU lets a digit ("… fleuve. 3,5 mètres") run the sentence on.
  const parts = [
    random.pick(words),
    ...Array.from({ length: 2 + random.int(18) }, () => (random.next() < 0.15 ? random.pick(traps) : random.pick(words))),
  ]
  const text = parts.join(' ')
  const capitalised = text.charAt(0).toLocaleUpperCase(language) + text.slice(1)
  return `${capitalised} ${random.pick(words)}${random.pick(ENDINGS)}`
}

/** Paragraphs of sentences, joined as people type them: spaces between sentences, a blank line between paragraphs. */
const textOf = (random: ReturnType<typeof generator>, language: Language, maxChars: number) => {
  const paragraphs: string[][] = []
  let length = 0
  while (length < maxChars * 0.6) {
    const paragraph = Array.from({ length: 1 + random.int(5) }, () => sentenceOf(random, language))
    paragraphs.push(paragraph)
    length += paragraph.join(' ').length + 2
  }
  return {
    sentences: paragraphs.flat(),
    text: paragraphs.map((paragraph) => paragraph.join(' ')).join(random.next() < 0.5 ? '\n\n' : '\n  \n'),
  }
}

describe('a script split into scenes', () => {
  for (const language of LANGUAGES) {
    test(`${language}: never cuts a sentence, keeps every one once and in order (200 generated scripts)`, () => {
      const random = generator(language.charCodeAt(0) * 31 + language.charCodeAt(1))
      for (let run = 0; run < 200; run++) {
        const { sentences, text } = textOf(random, language, 200 + random.int(SOURCE_TEXT_LIMITS.script.max - 200))
        expect(splitText(text, language).map((sentence) => sentence.text)).toEqual(sentences)
        const scenes = scenesOf(splitText(text, language), { language })
        expect(scenes.flat()).toEqual(sentences)
        expect(scenes.length).toBeLessThanOrEqual(SCENE_COUNT_LIMITS.max)
        for (const scene of scenes) expect(scene.join(' ').length).toBeLessThanOrEqual(TEXT_SCENE_RULE.maxChars)
        // What the narrator splits each scene into again is the scene's own sentences: captions and clips line up.
        const board = storyboardFromScript(text, { language, style: 'documentary', durationSec: 30 })
        expect(board.scenes.map((scene) => splitSentences(scene.narration, language))).toEqual(scenes)
      }
    })
  }

  test('abbreviations do not end a sentence', () => {
    expect(
      splitText('Dr. Weber baked bread, e.g. rye and spelt. It sold out by 9.30 a.m. on Monday! Did it?', 'en').map((s) => s.text),
    ).toEqual(['Dr. Weber baked bread, e.g. rye and spelt.', 'It sold out by 9.30 a.m. on Monday!', 'Did it?'])
    expect(splitText('Dr. Weber kam z. B. am 3. Mai. Wirklich?! Ja.', 'de').map((s) => s.text)).toEqual([
      'Dr. Weber kam z. B. am 3. Mai.',
      'Wirklich?!',
      'Ja.',
    ])
  })

  test('CJK and Arabic sentence punctuation ends sentences too', () => {
    expect(splitText('今天天气很好。我们去公园吧！你来吗？', 'en').map((s) => s.text)).toEqual([
      '今天天气很好。',
      '我们去公园吧！',
      '你来吗？',
    ])
    expect(splitText('مرحبا بكم. كيف حالكم؟ نحن بخير!', 'en').map((s) => s.text)).toEqual(['مرحبا بكم.', 'كيف حالكم؟', 'نحن بخير!'])
  })

  test('a blank line starts a paragraph, and a paragraph starts a scene while the scene count allows', () => {
    const text = 'One short line here.\n\nA second paragraph starts.\r\n \r\nAnd a third one.'
    expect(splitText(text, 'en').map((sentence) => sentence.paragraph)).toEqual([0, 1, 2])
    expect(scenesOf(splitText(text, 'en'), { language: 'en' })).toEqual([
      ['One short line here.'],
      ['A second paragraph starts.'],
      ['And a third one.'],
    ])
  })

  test('a long paragraph becomes scenes of about the target length', () => {
    const sentence = 'The tide came in over the old stones of the quay.'
    const scenes = scenesOf(splitText(Array(12).fill(sentence).join(' '), 'en'), { language: 'en' })
    expect(scenes.length).toBeGreaterThan(3)
    expect(new Set(scenes.map((scene) => scene.length)).size).toBeLessThanOrEqual(2)
  })

  test('a script of many paragraphs still fits the storyboard: paragraphs merge before the scene count is passed', () => {
    const text = Array.from({ length: 150 }, (_, index) => `Line ${index} is here.`).join('\n\n')
    const scenes = scenesOf(splitText(text, 'en'), { language: 'en' })
    expect(scenes.length).toBeLessThanOrEqual(SCENE_COUNT_LIMITS.max)
    expect(scenes.flat()).toHaveLength(150)
  })

  test('a heading is a first line without sentence punctuation and with text after it', () => {
    expect(headingOf('The Harbour Reopens\nAfter two years, boats are back.', 120)).toBe('The Harbour Reopens')
    expect(headingOf('The harbour reopens.\nAfter two years, boats are back.', 120)).toBeNull()
    expect(headingOf('Just one line', 120)).toBeNull()
    expect(headingOf(`${'long '.repeat(40)}\nbody.`, 120)).toBeNull()
  })
})
