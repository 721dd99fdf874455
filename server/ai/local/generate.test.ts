import { describe, expect, test } from 'bun:test'
import { LANGUAGES, VIDEO_STYLES, storyboardSchema, type Language, type VideoRequest } from '../storyboard.ts'
import { sceneCountRange, sceneMaxSecFor, SCENE_MIN_SEC } from '../timing.ts'
import { clip, formatTime, generateLocalStoryboard, subjectContext } from './generate.ts'
import { render } from './lang/helpers.ts'
import { LANGUAGE_PACKS } from './lang/index.ts'
import { guessLanguage, readPrompt } from './read-prompt.ts'

const generate = (changes: Partial<VideoRequest> = {}) =>
  generateLocalStoryboard(
    {
      prompt: 'a 30-second ad for a bicycle repair shop, warm and funny',
      style: 'playful',
      durationSec: 30,
      aspect: '16:9',
      language: 'en',
      ...changes,
    },
    LANGUAGE_PACKS,
  )

/** The same idea, typed the way a person writing each language would type it. */
const BIKE_AD: Record<Language, string> = {
  en: 'a 30-second ad for a bicycle repair shop, warm and funny',
  es: 'Un anuncio de 30 segundos para un taller de bicicletas, cálido y divertido',
  fr: 'Une pub de 30 secondes pour un atelier de réparation de vélos, chaleureuse et drôle',
  de: 'Ein 30-Sekunden-Werbespot für eine Fahrradwerkstatt, warm und lustig',
  pt: 'Um anúncio de 30 segundos para uma oficina de bicicletas, acolhedor e divertido',
  it: "Uno spot di 30 secondi per un'officina di biciclette, caldo e divertente",
}
const BIKE_WORDS: Record<Language, string> = {
  en: 'bicycle repair shop',
  es: 'taller de bicicletas',
  fr: 'atelier de réparation de vélos',
  de: 'Fahrradwerkstatt',
  pt: 'oficina de bicicletas',
  it: 'officina di biciclette',
}

describe('determinism', () => {
  test('the same request gives a byte-identical storyboard', () => {
    expect(JSON.stringify(generate())).toBe(JSON.stringify(generate()))
  })

  test('case and spacing in the prompt do not change the draw', () => {
    const a = generate({ prompt: 'an ad for a bicycle repair shop' })
    const b = generate({ prompt: '  an ad for a   bicycle repair shop ' })
    expect(b.scenes.map((scene) => scene.shot)).toEqual(a.scenes.map((scene) => scene.shot))
  })

  test('a different request gives a different storyboard', () => {
    const base = JSON.stringify(generate())
    expect(JSON.stringify(generate({ prompt: 'an ad for a bakery, warm and funny' }))).not.toBe(base)
    expect(JSON.stringify(generate({ style: 'noir' }))).not.toBe(base)
    expect(JSON.stringify(generate({ durationSec: 31 }))).not.toBe(base)
  })
})

describe('timing: one scene per 3-6 s (longer past 360 s), durations summing exactly', () => {
  for (const language of LANGUAGES) {
    for (const durationSec of [5, 10, 31, 180, 600]) {
      test(`${language}, ${durationSec} s, every style`, () => {
        for (const style of VIDEO_STYLES) {
          const storyboard = generate({ prompt: BIKE_AD[language], language, durationSec, style })
          const { min, max } = sceneCountRange(durationSec)
          expect(storyboard.scenes.length).toBeGreaterThanOrEqual(min)
          expect(storyboard.scenes.length).toBeLessThanOrEqual(max)
          // Half-second steps are exact in binary floating point, so the plain sum is exact too.
          expect(storyboard.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)).toBe(durationSec)
          for (const scene of storyboard.scenes) {
            expect(scene.durationSec).toBeGreaterThanOrEqual(SCENE_MIN_SEC)
            expect(scene.durationSec).toBeLessThanOrEqual(sceneMaxSecFor(durationSec))
          }
          expect(storyboardSchema.safeParse(storyboard).success).toBe(true)
        }
      })
    }
  }
})

describe('content', () => {
  test('the narration speaks of the subject in the person’s own words', () => {
    const storyboard = generate()
    const mentions = storyboard.scenes.filter((scene) => scene.narration.includes('bicycle repair shop'))
    expect(mentions.length).toBeGreaterThanOrEqual(2)
    expect(storyboard.title).toContain('Bicycle Repair Shop')
    expect(storyboard.logline).toContain('30-second ad for a bicycle repair shop')
    expect(storyboard.logline).toContain('warmth and humor')
  })

  test.each(LANGUAGES)('%s: written in the requested language, about the typed subject', (language) => {
    const storyboard = generate({ prompt: BIKE_AD[language], language, durationSec: 45 })
    const narration = storyboard.scenes.map((scene) => scene.narration).join(' ')
    expect(guessLanguage(narration, LANGUAGE_PACKS, language === 'en' ? 'es' : 'en')).toBe(language)
    expect(narration).toContain(BIKE_WORDS[language])
    expect(storyboard.title).toContain(BIKE_WORDS[language].charAt(0).toUpperCase())
  })

  test.each(LANGUAGES)('%s: an ad ends on a call to action', (language) => {
    const storyboard = generate({ prompt: BIKE_AD[language], language })
    const pack = LANGUAGE_PACKS[language]
    const context = subjectContext(readPrompt(BIKE_AD[language], LANGUAGE_PACKS, language), pack, language)
    const callsToAction = pack.phrases.arcs.promo.closing.map((entry) => render(entry.say, context))
    expect(callsToAction).toContain(storyboard.scenes[storyboard.scenes.length - 1]!.narration)
  })

  test('a link in the prompt becomes the last on-screen text of an ad', () => {
    const storyboard = generate({ prompt: 'Café Luna: a cozy promo video, visit cafeluna.com' })
    expect(storyboard.scenes[storyboard.scenes.length - 1]!.onScreenText).toBe('Visit cafeluna.com')
    expect(storyboard.scenes.some((scene) => scene.narration.includes('Café Luna'))).toBe(true)
  })

  test('a story opens with its premise and keeps its beats in story order', () => {
    const storyboard = generate({ prompt: 'A story about a robot who learns to paint', style: 'dreamy', durationSec: 60 })
    expect(storyboard.scenes[0]!.narration).toBe('This is the story of a robot who learns to paint.')
    expect(storyboard.title).toBe('The Robot Who Learns to Paint')
    const script = storyboard.scenes.map((scene) => scene.narration)
    const order = ['The first try went wrong', 'Step by step', 'And slowly, the goal'].map((line) =>
      script.findIndex((each) => each.startsWith(line)),
    )
    const present = order.filter((index) => index >= 0)
    expect(present).toEqual([...present].sort((a, b) => a - b))
  })

  test.each(LANGUAGES)('%s: no line repeats, even in a three-minute video', (language) => {
    const narrations = generate({ prompt: BIKE_AD[language], language, durationSec: 180 }).scenes.map((scene) => scene.narration)
    expect(new Set(narrations).size).toBe(narrations.length)
  })

  test('shots vary: never the same shot twice in a row', () => {
    const shots = generate({ durationSec: 180 }).scenes.map((scene) => scene.shot)
    shots.slice(1).forEach((shot, index) => {
      expect(shot).not.toBe(shots[index]!)
    })
  })

  test('the script is the narration, scene by scene, with timecodes', () => {
    const storyboard = generate()
    expect(storyboard.script.startsWith('Scene 1 · 0:00–')).toBe(true)
    for (const scene of storyboard.scenes) expect(storyboard.script).toContain(scene.narration)
  })

  test('palettes follow the style: every scene has valid colours, related from scene to scene', () => {
    const storyboard = generate({ style: 'noir' })
    for (const scene of storyboard.scenes) {
      expect(scene.palette).toHaveLength(5)
      for (const colour of scene.palette) expect(colour).toMatch(/^#[0-9a-f]{6}$/)
    }
    // Noir grounds are dark.
    const darkness = (hex: string) =>
      Number.parseInt(hex.slice(1, 3), 16) + Number.parseInt(hex.slice(3, 5), 16) + Number.parseInt(hex.slice(5, 7), 16)
    for (const scene of storyboard.scenes) expect(darkness(scene.palette[0]!)).toBeLessThan(150)
  })

  test('names and clauses are used without an article', () => {
    const narration = (prompt: string) =>
      generate({ prompt, durationSec: 60 })
        .scenes.map((scene) => scene.narration)
        .join(' ')
    expect(narration('A 60 second explainer about how solar panels work')).not.toContain('the how')
    expect(narration('a documentary about Lisbon')).not.toContain('the Lisbon')
    expect(narration('an ad for Café Luna')).not.toContain('the Café')
  })

  test('a possessive names the subject but offers it with an article: "Looking for a new app?"', () => {
    const storyboard = generate({ prompt: 'Launch video for our new productivity app, bold', durationSec: 60 })
    const narration = storyboard.scenes.map((scene) => scene.narration).join(' ')
    expect(narration).toContain('our new productivity app')
    expect(narration).not.toContain('for our new productivity app you')
  })

  test('a prompt with no readable subject still gives a sensible draft', () => {
    const storyboard = generate({ prompt: 'please make a video' })
    expect(storyboardSchema.safeParse(storyboard).success).toBe(true)
    expect(storyboard.scenes.some((scene) => scene.narration.includes('this idea'))).toBe(true)
  })

  test('a very long prompt keeps every field within its limits', () => {
    const storyboard = generate({
      prompt: `an ad for ${'a very long and winding description '.repeat(55)}`.slice(0, 2000),
      durationSec: 180,
    })
    expect(storyboardSchema.safeParse(storyboard).success).toBe(true)
  })
})

describe('helpers', () => {
  test('clip cuts at a word boundary and marks the cut', () => {
    expect(clip('short', 10)).toBe('short')
    expect(clip('one two three four five', 12)).toBe('one two…')
    expect(clip('one two three four five', 12).length).toBeLessThanOrEqual(12)
  })

  test('formatTime writes m:ss with half seconds', () => {
    expect(formatTime(0)).toBe('0:00')
    expect(formatTime(4.5)).toBe('0:04.5')
    expect(formatTime(62)).toBe('1:02')
  })
})
