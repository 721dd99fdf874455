import { describe, expect, test } from 'bun:test'
import type { Language } from '../ai/storyboard.ts'
import { splitSentences } from './sentences.ts'

describe('splitSentences', () => {
  const cases: [Language, string, string[]][] = [
    [
      'en',
      'Dr. Smith arrived at 3.5 p.m. on Monday. "Is it real?!" she asked. Mr. Jones left, e.g. early.',
      ['Dr. Smith arrived at 3.5 p.m. on Monday.', '"Is it real?!" she asked.', 'Mr. Jones left, e.g. early.'],
    ],
    [
      'de',
      'Das kostet z. B. 3,5 Euro. Dr. Müller kommt am 3. Mai um 10 Uhr. „Wirklich?!“ fragte er. Das ist usw. gut.',
      ['Das kostet z. B. 3,5 Euro.', 'Dr. Müller kommt am 3. Mai um 10 Uhr.', '„Wirklich?!“ fragte er.', 'Das ist usw. gut.'],
    ],
    [
      'fr',
      'M. Dupont a payé 3,50 €. « Vraiment ?! » dit-il. Le Dr. Martin arrive.',
      ['M. Dupont a payé 3,50 €.', '« Vraiment ?! » dit-il.', 'Le Dr. Martin arrive.'],
    ],
    [
      'es',
      'El Sr. García pagó 3,5 euros. ¿De verdad?! ¡Qué bien! La Dra. Pérez llegó.',
      ['El Sr. García pagó 3,5 euros.', '¿De verdad?!', '¡Qué bien!', 'La Dra. Pérez llegó.'],
    ],
    [
      'pt',
      'O Sr. Silva pagou 3.5 reais. "Sério?!" disse ele. A Dra. Costa chegou.',
      ['O Sr. Silva pagou 3.5 reais.', '"Sério?!" disse ele.', 'A Dra. Costa chegou.'],
    ],
    [
      'it',
      'Il Sig. Rossi ha pagato 3,5 euro. «Davvero?!» disse lui. Il Dott. Bianchi arriva.',
      ['Il Sig. Rossi ha pagato 3,5 euro.', '«Davvero?!» disse lui.', 'Il Dott. Bianchi arriva.'],
    ],
  ]

  test.each(cases)('%s: abbreviations, decimals, quotes and ?! stay inside their sentence', (language, text, expected) => {
    expect(splitSentences(text, language)).toEqual(expected)
  })

  test('white space is folded', () => {
    expect(splitSentences('  One   sentence.\n\nTwo\tsentences!  ', 'en')).toEqual(['One sentence.', 'Two sentences!'])
  })

  test('a text without a final stop is still one sentence', () => {
    expect(splitSentences('No full stop here', 'en')).toEqual(['No full stop here'])
  })

  test('an abbreviation is only one as a whole word: "Plan B." ends a sentence, "z. B." does not', () => {
    expect(splitSentences('Wir nehmen Plan B. Dann gehen wir.', 'de')).toEqual(['Wir nehmen Plan B.', 'Dann gehen wir.'])
    expect(splitSentences('Sie sagten DR. Dann gingen sie.', 'en')).toEqual(['Sie sagten DR.', 'Dann gingen sie.'])
  })

  test('nothing to say gives no sentences', () => {
    expect(splitSentences('', 'fr')).toEqual([])
    expect(splitSentences(' … ', 'fr')).toEqual([])
  })
})
