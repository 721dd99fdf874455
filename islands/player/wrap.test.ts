import { describe, expect, test } from 'bun:test'
import { joinTokens, tokenize, visualLength } from '../../shared/line-tokens.ts'
import { CLINGING_WORDS } from '../../shared/phrase-rules.ts'
import { fitText, type FitOptions } from './wrap.ts'

/** A stand-in for measureText: a narrow character is 0.55 em wide, a CJK one twice that. */
const measureAt = (text: string, fontSize: number) => visualLength(text) * fontSize * 0.55

const BOX = { width: 500, height: 260 }
const options = (overrides: Partial<FitOptions> = {}): FitOptions => ({
  maxFontSize: 60,
  minFontSize: 24,
  lineHeight: 1.2,
  maxLines: 4,
  box: () => BOX,
  ...overrides,
})

const fit = (text: string, overrides: Partial<FitOptions> = {}) => {
  const fitted = fitText(tokenize(text), measureAt, options(overrides))
  return { ...fitted, text: fitted.lines.map(joinTokens) }
}

/** Every line within the box's width at the chosen size, and the lines within its height. */
const expectFits = (fitted: ReturnType<typeof fit>, box = BOX) => {
  for (const line of fitted.text) expect(measureAt(line, fitted.fontSize)).toBeLessThanOrEqual(box.width)
  expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(box.height)
}

describe('fitText', () => {
  test('short text keeps the largest size on one line', () => {
    const fitted = fit('Hello there')
    expect(fitted.fontSize).toBe(60)
    expect(fitted.text).toEqual(['Hello there'])
  })

  test('longer text wraps first, then shrinks only as far as it must', () => {
    const fitted = fit('Across the harbour the first ferries cut silver lines through the morning water')
    expectFits(fitted)
    expect(fitted.fontSize).toBeLessThan(60)
    // One step bigger would not have fitted in four lines.
    expect(fitText(tokenize('Across the harbour'), measureAt, options()).fontSize).toBe(60)
    expect(fitted.text.join(' ')).toBe('Across the harbour the first ferries cut silver lines through the morning water')
  })

  test.each([
    ['a long English word', 'Pneumonoultramicroscopicsilicovolcanoconiosis explained'],
    ['a long German compound', 'Die Donaudampfschifffahrtsgesellschaftskapitänsmütze liegt im Rheinland-Pfälzischen Landesmuseum'],
    ['Japanese without spaces', '東京の朝は静かに始まり、港の船がゆっくりと動き出します。市場はもう賑やかです。'],
    ['Chinese', '清晨的港口很安静，渔船慢慢地驶出海湾，城市开始醒来。'],
    ['Arabic', 'مرحبا بكم في المدينة القديمة، حيث يبدأ الصباح مبكرا وتستيقظ الأسواق.'],
  ])('%s always fits its box at the chosen size, every character kept', (_, text) => {
    for (const box of [BOX, { width: 320, height: 400 }, { width: 200, height: 120 }]) {
      const fitted = fit(text, { box: () => box })
      expectFits(fitted, box)
      // Every character kept (a word broken across lines gains a hyphen).
      expect(fitted.text.join('').replace(/[\s-]/g, '')).toBe(text.replace(/[\s-]/g, ''))
    }
  })

  test('a word is broken between characters only once the text is at its smallest size', () => {
    const word = 'Donaudampfschifffahrtsgesellschaft'
    const fitted = fit(word, { box: () => ({ width: 300, height: 400 }) })
    expect(fitted.fontSize).toBeLessThanOrEqual(24)
    expect(fitted.text.length).toBeGreaterThan(1)
    for (const line of fitted.text.slice(0, -1)) expect(line).toEndWith('-')
    expect(fitted.text.join('').replaceAll('-', '')).toBe(word)
    expectFits(fitted, { width: 300, height: 400 })
    // Where it fits at a size above the smallest, it stays whole.
    expect(fit(word, { box: () => ({ width: 700, height: 400 }) }).text).toEqual([word])
  })

  test('Japanese breaks between characters but never before 。、」 or a small kana, nor after 「', () => {
    const text = '「東京」の朝は、ゆっくりと始まります。ショッピングも楽しい。'
    for (const width of [150, 180, 210, 240, 300]) {
      const fitted = fit(text, { box: () => ({ width, height: 600 }), maxLines: 10, minFontSize: 20, maxFontSize: 20 })
      for (const line of fitted.text.slice(1)) expect(line[0]).not.toMatch(/[、。」ょっャッー]/u)
      for (const line of fitted.text) expect(line.at(-1)).not.toBe('「')
    }
  })

  test('a padding that grows with the font leaves the lines less room', () => {
    const fitted = fit('Spring comes early to the old harbour', { box: (fontSize) => ({ width: 600 - fontSize * 2, height: 200 }) })
    for (const line of fitted.text) expect(measureAt(line, fitted.fontSize)).toBeLessThanOrEqual(600 - fitted.fontSize * 2)
  })

  test('empty text has no lines', () => {
    expect(fit('   ').lines).toEqual([])
  })
})

/** Sentences per language with articles and prepositions at every position, and spaced punctuation. */
const SENTENCES = {
  en: 'Take a closer look at the map of the old town, and then at the harbour with the boats?',
  es: '¿Quieres ver el mapa de la ciudad vieja y las barcas en el puerto con la luz del alba?',
  fr: 'Regardez de plus près la carte de la vieille ville, puis le port avec les bateaux : vraiment ?',
  de: 'Schauen Sie sich die Karte der Altstadt an, und dann den Hafen mit den Booten im Morgenlicht!',
  pt: 'Olhe com atenção para o mapa da cidade velha e para o porto com os barcos na luz da manhã!',
  it: 'Guarda da vicino la mappa della città vecchia e il porto con le barche nella luce del mattino!',
} as const

describe('line breaks by language', () => {
  for (const [language, text] of Object.entries(SENTENCES) as [keyof typeof SENTENCES, string][]) {
    test(`${language}: no line ends with an article or short preposition, and no line is punctuation alone`, () => {
      for (let width = 160; width <= 720; width += 40) {
        const fitted = fit(text, { box: () => ({ width, height: 2000 }), maxLines: 20, maxFontSize: 24, minFontSize: 12 })
        expectFits(fitted, { width, height: 2000 })
        for (const line of fitted.text.slice(0, -1)) {
          const last = line.split(' ').at(-1)!.toLowerCase()
          expect(CLINGING_WORDS[language].has(last)).toBe(false)
        }
        for (const line of fitted.text) expect(line).toMatch(/[\p{L}\p{N}]/u)
        for (const line of fitted.text.slice(1)) expect(line[0]).not.toMatch(/[?!:;»,.]/u)
      }
    })
  }

  test('French spaced punctuation stays with its word: « ? ! : ; » never open a line', () => {
    const text = 'Vraiment ? Oui ! Il a dit : « Bonjour » ; puis il est parti.'
    for (let width = 60; width <= 400; width += 10) {
      const lines = fit(text, { box: () => ({ width, height: 2000 }), maxLines: 30, maxFontSize: 10, minFontSize: 10 }).text
      for (const line of lines) expect(line).toMatch(/[\p{L}\p{N}]/u)
      for (const line of lines.slice(1)) expect(line[0]).not.toMatch(/[?!:;»]/u)
      for (const line of lines.slice(0, -1)) expect(line.at(-1)).not.toBe('«')
    }
  })
})
