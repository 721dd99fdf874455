import { describe, expect, test } from 'bun:test'
import type { Language } from '../../../shared/languages.ts'
import { iconLibrary } from './library.ts'
import { matchIcons } from './match.ts'

const library = iconLibrary()
const match = (visual: string, language: Language, onScreenText = '') => {
  const found = matchIcons({ visual, onScreenText }, language, library)
  return found && { hero: found.hero.name, supporting: found.supporting.map((icon) => icon.name) }
}

/**
 * The same scenes as a writer in each language would describe them, and the drawing that shows each:
 * the head noun of the first phrase that names something drawable ("bicycle tyre" is a tyre, "a cheese
 * shop" is cheese: the shop is no picture), through plurals, elisions and German compounds.
 */
const SCENES: Record<string, { hero: string; also?: string } & Record<Language, string>> = {
  island: {
    hero: 'desert-island',
    en: 'a lighthouse on a remote island',
    es: 'un faro en una isla remota',
    fr: 'un phare sur une île isolée',
    de: 'ein Leuchtturm auf einer abgelegenen Insel',
    pt: 'um farol numa ilha remota',
    it: "un faro su un'isola remota",
  },
  steamers: {
    hero: 'dumpling',
    en: 'bamboo steamers',
    es: 'vaporeras de bambú',
    fr: 'des paniers vapeur en bambou',
    de: 'Dampfgarer aus Bambus',
    pt: 'vaporeiras de bambu',
    it: 'vaporiere di bambù',
  },
  cheese: {
    hero: 'cheese-wedge',
    en: 'a cheese shop',
    es: 'una tienda de quesos',
    fr: 'une fromagerie',
    de: 'ein Käseladen',
    pt: 'uma loja de queijos',
    it: 'un negozio di formaggi',
  },
  kettle: {
    hero: 'teapot',
    also: 'sun',
    en: 'a solar kettle',
    es: 'un hervidor solar',
    fr: 'une bouilloire solaire',
    de: 'ein Solar-Wasserkocher',
    pt: 'uma chaleira solar',
    it: 'un bollitore solare',
  },
  bakery: {
    hero: 'bread',
    en: 'a bakery at dawn',
    es: 'una panadería al amanecer',
    fr: "une boulangerie à l'aube",
    de: 'eine Bäckerei im Morgengrauen',
    pt: 'uma padaria ao amanhecer',
    it: "una panetteria all'alba",
  },
  tyre: {
    hero: 'wheel',
    also: 'bicycle',
    en: 'a bicycle tyre',
    es: 'el neumático de una bicicleta',
    fr: 'un pneu de vélo',
    de: 'ein Fahrradreifen',
    pt: 'o pneu de uma bicicleta',
    it: 'lo pneumatico di una bicicletta',
  },
  bees: {
    hero: 'honeybee',
    en: 'Bees over the lavender',
    es: 'Abejas sobre la lavanda',
    fr: 'Des abeilles sur la lavande',
    de: 'Bienen über dem Lavendel',
    pt: 'Abelhas sobre a lavanda',
    it: 'Api sulla lavanda',
  },
}

const LANGUAGE_LIST: Language[] = ['en', 'es', 'fr', 'de', 'pt', 'it']

describe('matchIcons: the drawing a scene is about, in every UI language', () => {
  for (const [name, scene] of Object.entries(SCENES)) {
    for (const language of LANGUAGE_LIST) {
      test(`${name} (${language}): "${scene[language]}" -> ${scene.hero}${scene.also ? ` + ${scene.also}` : ''}`, () => {
        const found = match(scene[language], language)
        expect(found?.hero).toBe(scene.hero)
        if (scene.also) expect(found?.supporting).toContain(scene.also)
      })
    }
  }

  test('a storyboard line reads past the camera words to the subject', () => {
    const visual =
      'Extreme close-up: the cheese counter of the shop, revealed slowly from the shadows. Golden-hour light, shallow depth of field, a gentle anamorphic flare.'
    expect(match(visual, 'en')?.hero).toBe('cheese-wedge')
    expect(match('Travelling : la fromagerie, à Lyon. Lumière d’heure dorée, faible profondeur de champ.', 'fr')?.hero).toBe('cheese-wedge')
  })

  test('the supporting drawings are other things named, then the hero keyword’s kin', () => {
    expect(match('a bakery', 'en')).toEqual({ hero: 'bread', supporting: ['croissant', 'baguette-bread'] })
    expect(match('a teapot and a croissant on a table', 'en')?.supporting[0]).toBe('croissant')
  })

  test('a phrase beats its words: ice cream is not ice', () => {
    expect(match('ice cream on the beach', 'en')?.hero).toBe('soft-ice-cream')
    expect(match('a hot dog stand', 'en')?.hero).toBe('hot-dog')
  })

  test('nothing drawable: null (the poster keeps the shot’s own composition)', () => {
    expect(match('Medium shot: the camera drifting away, leaving the subject in frame.', 'en')).toBeNull()
    expect(match('Real people who care about the details.', 'en')).toBeNull()
    expect(match('Close-up: hands at work.', 'en')).toBeNull()
    expect(match('Plan moyen : un sujet familier sous un angle inattendu.', 'fr')).toBeNull()
    expect(match('', 'de')).toBeNull()
  })

  test('reads the first sentence: what follows is how it is shot and graded', () => {
    expect(match('Medium shot: a motif repeating in motion. Warm film grain, a parrot-green glow.', 'en')).toBeNull()
    expect(match('Plan moyen : la fromagerie. Une bouilloire sur le comptoir.', 'fr')).toEqual({ hero: 'cheese-wedge', supporting: [] })
  })

  test('falls back to the on-screen text, then to the description when it is written in English', () => {
    expect(match('Wide shot: the most beautiful detail.', 'en', 'Fresh bread daily')?.hero).toBe('bread')
    expect(match('a lighthouse on a remote island, seen from the sea', 'es')?.hero).toBe('desert-island')
    // Spanish read as English would find "pan" (a frying pan): a Spanish sentence is not read as English.
    expect(match('Plano general: un sujeto familiar desde un ángulo inesperado.', 'es')).toBeNull()
  })

  test('the same scene always gives the same drawings', () => {
    const first = match('a solar kettle on a balcony', 'en')
    for (let run = 0; run < 3; run++) expect(match('a solar kettle on a balcony', 'en')).toEqual(first)
  })
})
