import { describe, expect, test } from 'bun:test'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCues, formatTimestamp, type CaptionScene } from './cues.ts'
import { toSrt } from './srt.ts'
import { toVtt } from './vtt.ts'
import { CLINGING_WORDS } from '../../shared/phrase-rules.ts'
import { MAX_LINE_CHARS, wrapCues, wrapLines } from './wrap.ts'

/** Compares with `__golden__/<name>`; `UPDATE_GOLDEN=1 bun test` rewrites the files (review the diff). */
const golden = (name: string, actual: string) => {
  const path = join(import.meta.dir, '__golden__', name)
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

const scenes: CaptionScene[] = [
  {
    durationSec: 4.5,
    sentences: [
      { text: 'Every bike has a story.', startSec: 0.3, endSec: 1.8 },
      { text: 'Ours starts with a flat tyre, a rainy Tuesday and a workshop that smells of coffee and oil.', startSec: 2.05, endSec: 4.1 },
    ],
  },
  { durationSec: 3, sentences: [{ text: 'Café “Zürich” — naïve señor, ½ price!', startSec: 0.3, endSec: 2.6 }] },
  { durationSec: 2, sentences: [] },
  { durationSec: 3.25, sentences: [{ text: 'Tom & Jerry say <b>hi</b> --> then leave.', startSec: 0.25, endSec: 2.9 }] },
]

describe('wrapping', () => {
  test('lines stay within 42 characters and break after punctuation rather than mid-phrase', () => {
    const lines = wrapLines('Ours starts with a flat tyre, a rainy Tuesday and a workshop that smells of coffee and oil.', 'en')
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(MAX_LINE_CHARS)
    expect(lines[0]).toBe('Ours starts with a flat tyre,')
    expect(lines.join(' ')).toBe('Ours starts with a flat tyre, a rainy Tuesday and a workshop that smells of coffee and oil.')
  })

  test('no line ends with an article, and punctuation never stands alone', () => {
    const text = 'We fixed the chain of the old red bicycle — and the bell, which nobody had rung in years, rang again'
    const lines = [...wrapLines(text, 'en'), ...wrapCues(text, 'en').flat()]
    for (const line of lines) {
      expect(line).not.toMatch(/\b(the|a|an|of)$/i)
      expect(line).toMatch(/[\p{L}\p{N}]/u)
      expect(line.startsWith('—')).toBe(false)
    }
    const germanText = 'Wir reparieren das Fahrrad und die Klingel der alten Nachbarin, die es seit Jahren nicht mehr fährt'
    const german = [...wrapLines(germanText, 'de'), ...wrapCues(germanText, 'de').flat()]
    for (const line of german) expect(line).not.toMatch(/\b(das|die|der|und)$/i)
  })

  test('the same rules as the player, per language: no trailing article at any width, « ? ! : ; » stay with their word', () => {
    const texts = {
      en: 'Take a closer look at the map of the old town, and then at the harbour with the boats?',
      fr: 'Tout simplement ? Regardez de plus près la carte de la vieille ville : « vraiment » ; et le port !',
      es: '¿Quieres ver el mapa de la ciudad vieja y las barcas en el puerto con la luz del alba?',
      de: 'Schauen Sie sich die Karte der Altstadt an, und dann den Hafen mit den Booten im Morgenlicht!',
      pt: 'Olhe com atenção para o mapa da cidade velha e para o porto com os barcos na luz da manhã!',
      it: 'Guarda da vicino la mappa della città vecchia e il porto con le barche nella luce del mattino!',
    } as const
    for (const [language, text] of Object.entries(texts) as [keyof typeof texts, string][]) {
      // From 20 characters up: narrower, a phrase like "at the harbour" has no end that is not an article.
      for (let maxChars = 20; maxChars <= 42; maxChars += 2) {
        const lines = [...wrapLines(text, language, maxChars), ...wrapCues(text, language, maxChars).flat()]
        for (const line of lines) {
          expect(line).toMatch(/^[\p{L}\p{N}¿¡«]/u)
          expect(line).not.toMatch(/[¿¡«]$/u)
        }
        const ends = wrapLines(text, language, maxChars)
          .slice(0, -1)
          .map((line) => line.split(' ').at(-1)!.toLowerCase())
        expect(ends.filter((end) => CLINGING_WORDS[language].has(end))).toEqual([])
      }
    }
  })

  test('Japanese breaks between characters, counted double, never before 。、」 nor after 「', () => {
    const text = '「東京」の朝は、静かに始まります。港の船がゆっくりと動き出し、市場はもう賑やかです。'
    const lines = wrapLines(text, 'en', 20)
    expect(lines.length).toBeGreaterThan(2)
    expect(lines.join('')).toBe(text)
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(10)
    for (const line of lines.slice(1)) expect(line[0]).not.toMatch(/[。、」]/u)
    for (const line of lines) expect(line.at(-1)).not.toBe('「')
  })

  test('a cue has at most two lines; a long sentence becomes several cues', () => {
    const cues = wrapCues('word '.repeat(60).trim(), 'en')
    expect(cues.length).toBeGreaterThan(1)
    for (const cue of cues) expect(cue.length).toBeLessThanOrEqual(2)
  })
})

describe('cues', () => {
  test('absolute times are the scene start plus the sentence times, in order, inside their sentence', () => {
    const cues = buildCues(scenes, 'en')
    expect(cues[0]).toEqual({ startSec: 0.3, endSec: 1.8, lines: ['Every bike has a story.'] })
    const cafe = cues.find((cue) => cue.lines[0]!.startsWith('Café'))!
    expect(cafe.startSec).toBe(4.8)
    expect(cafe.endSec).toBe(7.1)
    expect(cues.at(-1)!.endSec).toBe(4.5 + 3 + 2 + 2.9)
    for (const [index, cue] of cues.entries()) {
      expect(cue.endSec).toBeGreaterThan(cue.startSec)
      if (index > 0) expect(cue.startSec).toBeGreaterThanOrEqual(cues[index - 1]!.endSec)
    }
  })

  test('timestamps past an hour', () => {
    expect(formatTimestamp(3723.4567, '.')).toBe('01:02:03.457')
    expect(formatTimestamp(3600 * 101 + 0.5, ',')).toBe('101:00:00,500')
  })
})

describe('golden files', () => {
  test('WebVTT: non-ASCII kept, & < > escaped, --> defused', () => {
    const vtt = toVtt(buildCues(scenes, 'en'))
    expect(vtt).toContain('Tom &amp; Jerry say &lt;b&gt;hi&lt;/b&gt; --&gt; then leave.')
    golden('short.vtt', vtt)
  })

  test('SubRip: CRLF, comma milliseconds, tags and --> defused', () => {
    const srt = toSrt(buildCues(scenes, 'en'))
    expect(srt).not.toContain('<b>')
    golden('short.srt', srt)
  })

  test('a video past an hour, in French', () => {
    const long: CaptionScene[] = [
      { durationSec: 3599, sentences: [{ text: 'Il était une fois.', startSec: 3597, endSec: 3598.5 }] },
      {
        durationSec: 10,
        sentences: [
          { text: 'Et la lumière du phare s’allume enfin, au-dessus de la mer déchaînée et des bateaux.', startSec: 0.5, endSec: 6 },
        ],
      },
    ]
    const cues = buildCues(long, 'fr')
    golden('long.vtt', toVtt(cues))
    golden('long.srt', toSrt(cues))
  })
})
