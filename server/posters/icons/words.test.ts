import { describe, expect, test } from 'bun:test'
import { contentWords, foldWord, keyOf, stemWord } from './words.ts'

describe('the key form of words', () => {
  test('folding: lower case in the language, no accents or umlauts, ß as ss', () => {
    expect(foldWord('Île', 'fr')).toBe('ile')
    expect(foldWord('Käse', 'de')).toBe('kase')
    expect(foldWord('Straße', 'de')).toBe('strasse')
    expect(foldWord('PÃO', 'pt')).toBe('pao')
  })

  test('singular and plural share a key in every language', () => {
    const pairs: Array<[Parameters<typeof stemWord>[1], string, string]> = [
      ['en', 'strawberry', 'strawberries'],
      ['en', 'box', 'boxes'],
      ['en', 'knife', 'knives'],
      ['es', 'queso', 'quesos'],
      ['es', 'pan', 'panes'],
      ['fr', 'fromage', 'fromages'],
      ['fr', 'bateau', 'bateaux'],
      ['de', 'insel', 'inseln'],
      ['de', 'brot', 'brote'],
      ['pt', 'queijo', 'queijos'],
      ['pt', 'animal', 'animais'],
      ['it', 'formaggio', 'formaggi'],
      ['it', 'ape', 'api'],
      ['it', 'fungo', 'funghi'],
    ]
    for (const [language, one, many] of pairs) expect([language, stemWord(many, language)]).toEqual([language, stemWord(one, language)])
  })

  test('content words: stop and camera words out, elisions split, phrases counted', () => {
    const words = contentWords("Gros plan : l'île déserte, au loin", 'fr')
    expect(words.map((word) => word.folded)).toEqual(['ile', 'deserte', 'loin'])
    expect(words[0]!.run).toBe(words[1]!.run)
    expect(words[2]!.clause).toBeGreaterThan(words[1]!.clause)
    expect(contentWords('a lighthouse on a remote island', 'en').map((word) => word.run)).toEqual([0, 1, 1])
  })

  test('keys of keywords drop what the scene reading drops', () => {
    expect(keyOf('pain de mie', 'fr')).toBe(`${stemWord('pain', 'fr')} ${stemWord('mie', 'fr')}`)
    expect(keyOf('the shop', 'en')).toBe('')
  })
})
