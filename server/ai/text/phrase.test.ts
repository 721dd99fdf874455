import { describe, expect, test } from 'bun:test'
import { ON_SCREEN_PHRASE_MAX } from '../../../shared/sources.ts'
import { fitToWords, keyTerms, onScreenPhrase, sceneFrequencies } from './phrase.ts'
import { storyboardFromScript } from './storyboard.ts'

describe('on-screen text from a scene’s words', () => {
  test('the first clause, without its punctuation', () => {
    expect(onScreenPhrase('After two years of repairs, the harbour reopened.', 'en', 48)).toBe('After two years of repairs')
    expect(onScreenPhrase('Every loaf is shaped by hand.', 'en', 48)).toBe('Every loaf is shaped by hand')
    // A clause of a word or two says nothing alone: the sentence is used.
    expect(onScreenPhrase('Yes, the ovens were warm.', 'en', 48)).toBe('Yes, the ovens were warm')
    expect(onScreenPhrase('«Bonjour», dit-il.', 'fr', 48)).toBe('Bonjour», dit-il')
  })

  test('fitted to the limit at a word boundary, never after a word that leans on the next', () => {
    const sentence = 'The city spent twelve million euros on the new sea wall that protects the harbour.'
    const phrase = onScreenPhrase(sentence, 'en', 40)
    expect(phrase.length).toBeLessThanOrEqual(40)
    expect(phrase.endsWith('…')).toBe(true)
    const kept = phrase.slice(0, -1)
    expect(sentence.startsWith(kept)).toBe(true)
    expect(sentence.charAt(kept.length)).toBe(' ')
    expect(kept.split(' ').at(-1)).not.toBe('the')
  })

  test('text without spaces is cut between words too', () => {
    const text = '我们在早上去了海边的市场买了新鲜的鱼和面包然后回家'
    const cut = fitToWords(text, 12, 'en')
    expect(cut.length).toBeLessThanOrEqual(12)
    expect(text.startsWith(cut.slice(0, -1))).toBe(true)
  })

  test('every scene of a storyboard gets an on-screen phrase within the limit', () => {
    const script = Array.from(
      { length: 30 },
      (_, index) => `Scene ${index} tells the long and winding story of a harbour town by the sea, told slowly.`,
    ).join(' ')
    for (const scene of storyboardFromScript(script, { language: 'en', style: 'minimal', durationSec: 60 }).scenes) {
      expect(scene.onScreenText.length).toBeGreaterThan(0)
      expect(scene.onScreenText.length).toBeLessThanOrEqual(ON_SCREEN_PHRASE_MAX)
    }
  })
})

describe('key terms for the visual description', () => {
  const scenes = ['Fishermen returned to the harbour before sunrise.', 'The city paid for the harbour wall.', 'Maria Rossi runs a café.']
  const options = { sceneFrequency: sceneFrequencies(scenes, 'en'), sceneCount: scenes.length, limit: 3 }

  test('nouns and names over verbs, in the order they appear, written as in the text', () => {
    expect(keyTerms([scenes[2]!], 'en', options)).toEqual(['Maria', 'Rossi', 'café'])
    const terms = keyTerms([scenes[0]!], 'en', options)
    expect(terms).toContain('harbour')
    expect(terms).not.toContain('returned')
  })

  test('German nouns keep their capital', () => {
    const german = ['Die Fischer kehrten vor Sonnenaufgang in den Hafen zurück.']
    expect(keyTerms(german, 'de', { sceneFrequency: sceneFrequencies(german, 'de'), sceneCount: 1, limit: 3 })).toEqual(
      expect.arrayContaining(['Fischer', 'Hafen']),
    )
  })

  test('the visual description is made of the scene’s words, in the video’s language', () => {
    const board = storyboardFromScript('Die Fischer kehrten in den Hafen zurück. Der Markt öffnet am Montag.', {
      language: 'de',
      style: 'documentary',
      durationSec: 10,
    })
    expect(board.scenes[0]!.visual).toStartWith('Bilder: ')
    for (const term of board.scenes[0]!.visual.replace('Bilder: ', '').split(/, | und /)) expect(board.script).toContain(term)
  })
})
