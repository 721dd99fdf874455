import { describe, expect, test } from 'bun:test'
import type { Language } from '../storyboard.ts'
import { LANGUAGE_PACKS } from './lang/index.ts'
import { guessLanguage, readPrompt } from './read-prompt.ts'

const read = (prompt: string, preferred: Language = 'en') => readPrompt(prompt, LANGUAGE_PACKS, preferred)

describe('readPrompt: the subject, as typed', () => {
  test.each([
    ['a 30-second ad for a bicycle repair shop, warm and funny', 'bicycle repair shop', 'a'],
    ['Make a video about our new coffee blend', 'new coffee blend', 'our'],
    ['Bicycle shop ad, funny', 'bicycle shop', null],
    ['documentary about the old harbour of Porto, nostalgic and calm', 'old harbour of Porto', 'the'],
    ['an ad for a bakery and café, cozy', 'bakery and café', 'a'],
    ['an ad for a dark chocolate shop', 'dark chocolate shop', 'a'],
    ['a promo for a documentary film festival', 'documentary film festival', 'a'],
    ['Bicycle shop ad for Instagram', 'bicycle shop', null],
    ['An Instagram reel about a vegan bakery', 'vegan bakery', 'a'],
    ['a TikTok ad for our bike shop', 'bike shop', 'our'],
    ['I want a funny ad for my dog grooming business called Pawfect', 'dog grooming business', 'my'],
    ['a video to present our bakery', 'bakery', 'our'],
    ['A mysterious trailer for a detective novel', 'detective novel', 'a'],
  ])('%s → %s', (prompt, words, determiner) => {
    expect(read(prompt).subject).toEqual({ words, determiner })
  })

  test.each([
    ['es', 'Un anuncio de 30 segundos para un taller de bicicletas, cálido y divertido', 'taller de bicicletas', 'un'],
    ['fr', 'Une pub de 30 secondes pour un atelier de réparation de vélos, chaleureuse et drôle', 'atelier de réparation de vélos', 'un'],
    ['de', 'Ein 30-Sekunden-Werbespot für eine Fahrradwerkstatt, warm und lustig', 'Fahrradwerkstatt', 'eine'],
    ['pt', 'Um anúncio de 30 segundos para uma oficina de bicicletas, acolhedor e divertido', 'oficina de bicicletas', 'uma'],
    ['it', "Uno spot di 30 secondi per un'officina di biciclette, caldo e divertente", 'officina di biciclette', "un'"],
    ['es', 'Un documental del puerto de Valparaíso', 'puerto de Valparaíso', 'el'],
    ['it', 'Un video sullo studio di registrazione di Milano', 'studio di registrazione di Milano', 'lo'],
    ['fr', 'Une vidéo pour présenter notre boulangerie artisanale à Lyon', 'boulangerie artisanale', 'notre'],
  ] as const)('%s: %s', (language, prompt, words, determiner) => {
    const reading = read(prompt, language)
    expect(reading.language).toBe(language)
    expect(reading.subject).toEqual({ words, determiner })
  })

  test('falls back to null when nothing reads as a subject', () => {
    expect(read('please make a video').subject).toBeNull()
  })
})

describe('readPrompt: kind, moods, detail, link', () => {
  test('an ad is a promo, a story is a story, anything else a portrait', () => {
    expect(read('a commercial for running shoes').kind).toBe('promo')
    expect(read('a bedtime story about a sleepy owl').kind).toBe('story')
    expect(read('an explainer on how tides work').kind).toBe('portrait')
    expect(read('una historia sobre un gato', 'es').kind).toBe('story')
  })

  test('moods come in the order they are named, from any language', () => {
    expect(read('an ad for a bike shop, warm and funny').moods).toEqual(['warm', 'funny'])
    expect(read('un spot para una tienda, elegante y misterioso', 'es').moods).toEqual(['elegant', 'mysterious'])
    expect(read('a video about tides').moods).toEqual([])
  })

  test('the detail is what the prompt says about the subject', () => {
    expect(read('A story about a robot who learns to paint').detail).toBe('who learns to paint')
    expect(read('an ad for a bakery in Lisbon, warm').detail).toBe('in Lisbon')
    expect(read('Eine Geschichte über einen Roboter, der malen lernt', 'de').detail).toBe('der malen lernt')
  })

  test('a detail never ends on a dangling word, and style words are not details', () => {
    expect(read('an ad for a bike shop with same-day repairs in a playful style').detail).toBe('with same-day repairs')
    expect(read('an ad for a bike shop, in the style of a silent film').detail).toBeNull()
  })

  test('lengths are settings, not subjects', () => {
    expect(read('a 2 minute documentary about bees').subject?.words).toBe('bees')
  })

  test('a web address or handle is kept for the call to action', () => {
    expect(read('Café Luna: a cozy promo video, visit cafeluna.com.').link).toBe('cafeluna.com')
    expect(read('an ad for my shop, follow @joes_bikes').link).toBe('@joes_bikes')
    expect(read('an ad for my shop').link).toBeNull()
  })
})

describe('guessLanguage', () => {
  test.each([
    ['en', 'This is the story of a robot who learns to paint.'],
    ['es', 'Esta es la historia de un robot que aprende a pintar.'],
    ['fr', "Voici l'histoire d'un robot qui apprend à peindre avec les couleurs."],
    ['de', 'Es war einmal ein Roboter, der malen lernt und nicht aufgibt.'],
    ['pt', 'Esta é a história de um robô que aprende a pintar com você.'],
    ['it', 'Questa è la storia di un robot che impara a dipingere.'],
  ] as const)('%s', (language, text) => {
    expect(guessLanguage(text, LANGUAGE_PACKS, 'en')).toBe(language)
  })
})
