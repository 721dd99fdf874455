import { describe, expect, test } from 'bun:test'
import { LANGUAGES, VIDEO_STYLES, storyboardSchema, type Language, type VideoRequest } from '../../storyboard.ts'
import { SCENE_MIN_SEC, sceneCountRange, sceneMaxSecFor } from '../../timing.ts'
import { PHRASE_BOOKS } from './phrases/index.ts'
import { readIdea, writeStoryboard } from './write.ts'

const AD: Record<Language, string> = {
  en: 'An ad for a solar kettle that boils a litre in 9 minutes using only sunlight, folds flat, costs 49 euros, for campers',
  es: 'Anuncio para una mochila impermeable de 30 litros, pesa 800 gramos, cuesta 59 euros, para ciclistas urbanos',
  fr: "Une pub pour une lampe de lecture rechargeable, 20 heures d'autonomie, 35 euros, pour les étudiants",
  de: 'Werbung für eine Thermoskanne aus Edelstahl, hält 12 Stunden warm, kostet 29 Euro, für Pendler',
  pt: 'Anúncio para uma garrafa térmica de 1 litro, mantém o café quente por 24 horas, custa 39 reais, para motoristas',
  it: 'Spot per uno zaino da trekking da 40 litri, pesa 1,2 kg, costa 89 euro, per escursionisti',
}
const write = (changes: Partial<VideoRequest> = {}) =>
  writeStoryboard({ prompt: AD.en, style: 'playful', durationSec: 30, aspect: '16:9', language: 'en', ...changes })
const narration = (storyboard: ReturnType<typeof write>) => storyboard.scenes.map((scene) => scene.narration).join(' ')

describe('timing: scene count within the rule for the length, durations summing exactly', () => {
  for (const language of LANGUAGES) {
    test(`${language}: 5, 10, 31, 180 and 600 s in every style`, () => {
      for (const durationSec of [5, 10, 31, 180, 600]) {
        for (const style of VIDEO_STYLES) {
          const storyboard = write({ prompt: AD[language], language, durationSec, style })
          const { min, max } = sceneCountRange(durationSec)
          expect(storyboard.scenes.length).toBeGreaterThanOrEqual(min)
          expect(storyboard.scenes.length).toBeLessThanOrEqual(max)
          expect(storyboard.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)).toBe(durationSec)
          for (const scene of storyboard.scenes) {
            expect(scene.durationSec).toBeGreaterThanOrEqual(Math.min(SCENE_MIN_SEC, durationSec))
            expect(scene.durationSec).toBeLessThanOrEqual(sceneMaxSecFor(durationSec))
          }
          expect(storyboardSchema.safeParse(storyboard).success).toBe(true)
        }
      }
    })
  }
})

describe('versions', () => {
  test('the same request and seed give a byte-identical storyboard', () => {
    expect(JSON.stringify(write({ seed: 7 }))).toBe(JSON.stringify(write({ seed: 7 })))
  })

  test('another seed gives another storyboard that keeps every detail', () => {
    const versions = [1, 2, 3, 4].map((seed) => write({ seed }))
    expect(new Set(versions.map((version) => JSON.stringify(version))).size).toBe(4)
    for (const version of versions) {
      for (const detail of ['solar kettle', 'a litre in 9 minutes', 'folds flat', '49 euros', 'campers']) {
        expect(`${narration(version)} ${version.scenes.map((scene) => scene.onScreenText).join(' ')}`.toLowerCase()).toContain(detail)
      }
    }
  })
})

describe('structure', () => {
  test('a how-to has numbered steps in the typed order', () => {
    const storyboard = write({ prompt: 'How to change a flat tyre on a bike: remove the wheel, find the puncture, patch the tube' })
    const steps = ['remove the wheel', 'find the puncture', 'patch the tube'].map((step) =>
      storyboard.scenes.findIndex((scene) => scene.narration.toLowerCase().includes(step)),
    )
    expect(steps.every((index) => index > 0)).toBe(true)
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
    expect(storyboard.title).toBe('How to change a flat tyre on a bike')
  })

  test.each(LANGUAGES)('%s: a how-to without steps says so in visible placeholders, not filler', (language) => {
    const prompt = {
      en: 'How to change a flat tyre on a bicycle',
      es: 'Cómo cambiar el aceite del coche',
      fr: 'Comment faire une pâte à crêpes',
      de: 'Wie man einen Reifen wechselt',
      pt: 'Como fazer pão de queijo',
      it: 'Come montare una mensola',
    }[language]
    const storyboard = write({ prompt, language })
    const placeholders = storyboard.scenes.filter((scene) => /^\[.+\]$/.test(scene.narration))
    expect(placeholders.length).toBe(3)
    expect(placeholders.every((scene) => /^\[.+\]$/.test(scene.onScreenText))).toBe(true)
  })

  test('a story has its character and its turn; the title is the whole noun phrase', () => {
    const storyboard = write({ prompt: 'A lighthouse keeper on a remote island finds a message in a bottle', style: 'dreamy' })
    expect(readIdea('A lighthouse keeper on a remote island finds a message in a bottle', 'en')).toMatchObject({
      kind: 'story',
      subject: 'a lighthouse keeper on a remote island',
      relative: 'who finds a message in a bottle',
    })
    expect(storyboard.title).toBe('Lighthouse keeper on a remote island')
    expect(narration(storyboard)).toContain('the lighthouse keeper on a remote island finds a message in a bottle')
  })

  test('an event gives its date and place as typed', () => {
    const idea = readIdea('Ankündigung: unser Sommerfest am Samstag, 5. Juli, ab 14 Uhr im Stadtpark Köln', 'de')
    expect(idea).toMatchObject({ kind: 'event', subject: 'unser Sommerfest', when: 'am Samstag, 5. Juli, ab 14 Uhr im Stadtpark Köln' })
  })

  test('German: the audience of an explainer is not its subject', () => {
    expect(readIdea('Erkläre Kindern, warum der Himmel blau ist', 'de')).toMatchObject({
      kind: 'explainer',
      subject: 'warum der Himmel blau ist',
      audience: 'Kindern',
    })
  })

  test('names and possessives take no article', () => {
    const text = narration(write({ prompt: "A portrait of Lisbon's Alfama district", durationSec: 60 }))
    expect(text).toContain("Lisbon's Alfama district")
    expect(text).not.toContain("the Lisbon's")
    expect(narration(write({ prompt: 'an ad for Café Luna' }))).not.toContain('the Café')
  })

  test('the length of the video is a setting, a length in the idea a detail', () => {
    expect(readIdea('a 30-second ad for a bakery', 'en').subject).toBe('a bakery')
    expect(readIdea('Un anuncio de 30 segundos para un taller de bicicletas', 'es').subject).toBe('un taller de bicicletas')
    expect(readIdea('An ad for a kettle that boils a litre in 9 minutes', 'en').relative).toBe('that boils a litre in 9 minutes')
  })

  test.each(LANGUAGES.filter((language) => language !== 'en'))('%s: written from its own phrase book, no English sentence', (language) => {
    const lines = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(lines)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(lines)
          : typeof value === 'string'
            ? [value]
            : []
    // The fixed words of every English line ("And that is it: done.", "Say hello to").
    const english = lines({ common: PHRASE_BOOKS.en.common, kinds: PHRASE_BOOKS.en.kinds })
      .flatMap((line) => line.split(/\{[A-Za-z]+\}/))
      .map((fragment) => fragment.trim())
      .filter((fragment) => fragment.split(' ').length >= 2)
    for (const prompt of [AD[language], 'x y z']) {
      const storyboard = write({ prompt, language, durationSec: 60 })
      for (const fragment of english) expect(storyboard.script).not.toContain(fragment)
    }
  })

  test('an idea without a cue loses its leading filler, not its article, and keeps a price in any kind', () => {
    const prompt = 'A video about our new coffee subscription, 3 bags a month for 25 dollars, for busy parents'
    expect(readIdea(prompt, 'en')).toMatchObject({
      subject: 'our new coffee subscription',
      price: '3 bags a month for 25 dollars',
      audience: 'for busy parents',
    })
    const text = narration(write({ prompt }))
    expect(text).toContain('3 bags a month for 25 dollars')
    expect(text).not.toContain('a video about')
  })

  test('a prompt with nothing readable still gives a valid storyboard', () => {
    expect(storyboardSchema.safeParse(write({ prompt: 'please make a video' })).success).toBe(true)
    for (const prompt of ['an ad', 'Ad!', '...', 'how to'])
      expect(storyboardSchema.safeParse(write({ prompt, durationSec: 5 })).success).toBe(true)
    expect(readIdea('A bakery ad', 'en')).toMatchObject({ kind: 'ad', subject: 'a bakery' })
    expect(
      storyboardSchema.safeParse(
        write({ prompt: `an ad for ${'a very long and winding description '.repeat(55)}`.slice(0, 2000), durationSec: 180 }),
      ).success,
    ).toBe(true)
  })
})
