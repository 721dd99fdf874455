import { describe, expect, test } from 'bun:test'
import { countWords } from '../../tts/words.ts'
import { wordBudget } from '../pacing.ts'
import { storyboardSchema } from '../storyboard.ts'
import { splitText } from './sentences.ts'
import { attributionOf, storyboardFromArticle } from './storyboard.ts'
import { scoreSentences, selectSentences } from './summarize.ts'

const ARTICLE = `The Harbour Reopens
After two years of repairs, the old harbour of Porto Fino reopened to fishing boats on Monday. Fishermen returned to the harbour docks before sunrise. The city spent twelve million euros on the new harbour wall, which protects the boats from winter storms.

Local shops welcomed the news. "We lost half our customers during the works," said Maria Rossi, who runs a café by the harbour. The mayor promised that the harbour would host a festival in June.

My cousin once owned a red bicycle. Engineers say the harbour wall should last fifty years. The fish market by the harbour will open again next week, with twenty stalls for the boats' catch.`

const request = { language: 'en' as const, style: 'documentary' as const, durationSec: 30 }
const candidates = (text: string) => splitText(text, 'en').map((sentence) => ({ ...sentence, words: countWords(sentence.text, 'en') }))

describe('choosing an article’s sentences', () => {
  const sentences = candidates(ARTICLE).slice(1)

  test('a sentence about the article’s subject outranks one about nothing in it', () => {
    const scores = scoreSentences(sentences, 'en')
    const offTopic = sentences.findIndex((sentence) => sentence.text.includes('bicycle'))
    const onTopic = sentences.findIndex((sentence) => sentence.text.startsWith('Engineers'))
    expect(scores[onTopic]!).toBeGreaterThan(scores[offTopic]!)
    // The opening sentence of a news story carries its point.
    expect(Math.max(...scores)).toBe(scores[0]!)
  })

  for (const budget of [8, 20, 35, 60, 1000]) {
    test(`within ${budget} words: in the original order, within the budget, never altered`, () => {
      const chosen = selectSentences(sentences, budget, 'en')
      expect(chosen.length).toBeGreaterThan(0)
      expect(chosen).toEqual([...chosen].sort((a, b) => a - b))
      expect(new Set(chosen).size).toBe(chosen.length)
      const words = chosen.reduce((sum, index) => sum + sentences[index]!.words, 0)
      // Only a budget smaller than every sentence may be passed, and then by one sentence alone.
      if (chosen.length > 1 || sentences.some((sentence) => sentence.words <= budget)) expect(words).toBeLessThanOrEqual(budget)
      for (const index of chosen) expect(ARTICLE).toContain(sentences[index]!.text)
    })
  }

  test('a budget for everything takes everything', () => {
    expect(selectSentences(sentences, 10_000, 'en')).toEqual(sentences.map((_, index) => index))
  })
})

describe('a storyboard from an article', () => {
  for (const durationSec of [10, 30, 90]) {
    test(`${durationSec} s: verbatim sentences in order, within the word budget, attributed`, () => {
      const board = storyboardFromArticle({ text: ARTICLE, url: 'https://news.example/harbour' }, { ...request, durationSec })
      expect(storyboardSchema.safeParse(board).success).toBe(true)
      const said = board.scenes.flatMap((scene) => splitText(scene.narration, 'en').map((sentence) => sentence.text))
      let from = 0
      for (const sentence of said) {
        const at = ARTICLE.indexOf(sentence, from)
        expect(at).toBeGreaterThanOrEqual(from)
        from = at + sentence.length
      }
      expect(said).not.toContain('The Harbour Reopens')
      const words = said.reduce((sum, sentence) => sum + countWords(sentence, 'en'), 0)
      if (said.length > 1) expect(words).toBeLessThanOrEqual(wordBudget({ ...request, durationSec }, Math.round(durationSec / 6)).words)
      expect(board.title).toBe('The Harbour Reopens')
      expect(board.logline).toBe('From: The Harbour Reopens (https://news.example/harbour)')
      expect(board.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)).toBeCloseTo(durationSec, 5)
    })
  }

  test('a longer target says more of the article', () => {
    const words = (durationSec: number) => countWords(storyboardFromArticle({ text: ARTICLE }, { ...request, durationSec }).script, 'en')
    expect(words(10)).toBeLessThan(words(30))
    expect(words(30)).toBeLessThan(words(90))
  })

  test('the attribution names the title given, else the heading, else the address, else the first sentence, in the video’s language', () => {
    const body = 'Boats are back in the harbour. The market opens next week.'
    expect(attributionOf({ text: ARTICLE, title: 'Harbour news' }, 'en')).toBe('From: Harbour news')
    expect(attributionOf({ text: ARTICLE }, 'de')).toBe('Quelle: The Harbour Reopens')
    expect(attributionOf({ text: body, url: 'https://news.example/a' }, 'es')).toBe('Fuente: https://news.example/a')
    expect(attributionOf({ text: body }, 'fr')).toBe('Source\u00a0: Boats are back in the harbour.')
  })

  test('the same article and request give the same storyboard', () => {
    expect(storyboardFromArticle({ text: ARTICLE }, request)).toEqual(storyboardFromArticle({ text: ARTICLE }, request))
  })
})
