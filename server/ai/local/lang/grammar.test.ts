import { describe, expect, test } from 'bun:test'
import { LANGUAGES } from '../../storyboard.ts'
import { LANGUAGE_PACKS } from './index.ts'
import { KINDS } from './types.ts'

/** How each language puts the subject into a sentence: articles, contractions, elision, case. */
const forms = (language: keyof typeof LANGUAGE_PACKS, words: string, determiner: string | null, asName = false) =>
  LANGUAGE_PACKS[language].grammar.subjectForms(words, determiner, asName)

describe('subject forms', () => {
  test('en: articles, "an", plurals and possessives', () => {
    expect(forms('en', 'bicycle repair shop', 'a')).toMatchObject({
      the: 'the bicycle repair shop',
      a: 'a bicycle repair shop',
      of: 'of the bicycle repair shop',
    })
    expect(forms('en', 'old harbour', 'the').a).toBe('an old harbour')
    expect(forms('en', 'handmade candles', null)).toMatchObject({ the: 'handmade candles', a: 'handmade candles' })
    expect(forms('en', 'new coffee blend', 'our')).toMatchObject({ the: 'our new coffee blend', in: 'in our new coffee blend' })
    expect(forms('en', 'Café Luna', null, true)).toMatchObject({ the: 'Café Luna', a: 'Café Luna', to: 'to Café Luna' })
  })

  test('es: gender and number from the article, "del" and "al"', () => {
    expect(forms('es', 'taller de bicicletas', 'un')).toMatchObject({
      the: 'el taller de bicicletas',
      of: 'del taller de bicicletas',
      to: 'al taller de bicicletas',
    })
    expect(forms('es', 'panadería', 'una')).toMatchObject({ the: 'la panadería', of: 'de la panadería', a: 'una panadería' })
    expect(forms('es', 'velas artesanales', 'unas')).toMatchObject({ the: 'las velas artesanales', in: 'en las velas artesanales' })
    expect(forms('es', 'canción', null).the).toBe('la canción')
  })

  test('fr: elision and contractions', () => {
    expect(forms('fr', 'atelier de vélos', 'un')).toMatchObject({
      the: "l'atelier de vélos",
      of: "de l'atelier de vélos",
      to: "à l'atelier de vélos",
      a: 'un atelier de vélos',
    })
    expect(forms('fr', 'magasin', 'un')).toMatchObject({ the: 'le magasin', of: 'du magasin', to: 'au magasin' })
    expect(forms('fr', 'boulangerie', 'une')).toMatchObject({ the: 'la boulangerie', of: 'de la boulangerie' })
    expect(forms('fr', 'bougies', 'des')).toMatchObject({ the: 'les bougies', of: 'des bougies', to: 'aux bougies' })
  })

  test('de: case and contraction by gender', () => {
    expect(forms('de', 'Fahrradwerkstatt', 'eine')).toMatchObject({
      the: 'die Fahrradwerkstatt',
      obj: 'die Fahrradwerkstatt',
      in: 'in der Fahrradwerkstatt',
      to: 'zur Fahrradwerkstatt',
    })
    expect(forms('de', 'Fahrradladen', 'einen')).toMatchObject({
      the: 'der Fahrradladen',
      obj: 'den Fahrradladen',
      in: 'im Fahrradladen',
      of: 'vom Fahrradladen',
    })
    expect(forms('de', 'Café', 'ein')).toMatchObject({ the: 'das Café', for: 'für das Café' })
    expect(forms('de', 'Bäckerei', null).the).toBe('die Bäckerei')
  })

  test('pt: contractions with de, em, a', () => {
    expect(forms('pt', 'oficina de bicicletas', 'uma')).toMatchObject({
      the: 'a oficina de bicicletas',
      of: 'da oficina de bicicletas',
      in: 'na oficina de bicicletas',
      to: 'à oficina de bicicletas',
    })
    expect(forms('pt', 'robô', 'um')).toMatchObject({ the: 'o robô', of: 'do robô', to: 'ao robô' })
    expect(forms('pt', 'padaria', 'a minha')).toMatchObject({ the: 'a minha padaria', of: 'da minha padaria' })
  })

  test('it: il, lo, l’ and their contractions', () => {
    expect(forms('it', 'officina di biciclette', "un'")).toMatchObject({
      the: "l'officina di biciclette",
      of: "dell'officina di biciclette",
      a: "un'officina di biciclette",
    })
    expect(forms('it', 'studio', 'uno')).toMatchObject({ the: 'lo studio', of: 'dello studio', in: 'nello studio' })
    expect(forms('it', 'negozio', 'un')).toMatchObject({ the: 'il negozio', of: 'del negozio', to: 'al negozio' })
    expect(forms('it', 'pasticceria', 'la nostra')).toMatchObject({ the: 'la nostra pasticceria', of: 'della nostra pasticceria' })
  })
})

describe('every language pack is complete', () => {
  test.each(LANGUAGES)('%s', (language) => {
    const pack = LANGUAGE_PACKS[language]
    expect(pack.language).toBe(language)
    for (const kind of KINDS) {
      for (const beat of ['hook', 'closing'] as const) expect(pack.phrases.arcs[kind][beat].length).toBeGreaterThanOrEqual(3)
    }
    const context = { s: pack.grammar.subjectForms('Test', null, true), detail: 'X' }
    // Every on-screen text fits the schema's 80 characters with a short subject.
    for (const kind of KINDS) {
      for (const beat of ['hook', 'closing'] as const) {
        for (const entry of pack.phrases.arcs[kind][beat]) {
          const show = typeof entry.show === 'string' ? entry.show : entry.show(context)
          expect(show.length).toBeLessThanOrEqual(60)
        }
      }
    }
  })
})
