import { describe, expect, test } from 'bun:test'
import { LANGUAGE_PACKS } from '../lang/index.ts'
import { readQuestion } from './intent.ts'

const read = (question: string) => readQuestion(question, LANGUAGE_PACKS)

describe('readQuestion', () => {
  test.each([
    ['make scene 3 punchier', 'punchier', 3],
    ['Make the third scene shorter', 'punchier', 3],
    ['make the ending punchier', 'punchier', 'last'],
    ['tighten the opening', 'punchier', 1],
    ['What music fits?', 'music', null],
    ['Is the pacing right?', 'pacing', null],
    ['Suggest a better title', 'title', null],
    ['Give me a stronger hook', 'hook', null],
    ['improve the call to action', 'ending', null],
    ['what about scene 2?', 'scene', 2],
    ['tell me about the last scene', 'scene', 'last'],
    ['#4 feels off', 'scene', 4],
    ['hello there', null, null],
    // The same questions in the other languages.
    ['Haz la escena 3 más contundente', 'punchier', 3],
    ['¿Qué música encaja?', 'music', null],
    ['Rends la scène 3 plus percutante', 'punchier', 3],
    ['Le rythme est-il bon ?', 'pacing', null],
    ['Mach die 3. Szene knackiger', 'punchier', 3],
    ['Welche Musik passt?', 'music', null],
    ['Deixe a terceira cena mais impactante', 'punchier', 3],
    ['Sugira um título melhor', 'title', null],
    ['Rendi la scena 3 più incisiva', 'punchier', 3],
    ["Migliora l'invito all'azione", 'ending', null],
  ] as const)('%s → %s', (question, intent, scene) => {
    expect(read(question)).toEqual({ intent, scene })
  })
})
