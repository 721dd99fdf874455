import { withDetail } from './words.ts'
import type { ArcPhrases, Entry, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/**
 * Deutsche Szenen für jeden Abschnitt jeder Videoart. `c.s` ist das Thema, `c.detail` das Detail aus dem
 * Prompt. Das Thema steht nur im Nominativ (`the`, `a`), Akkusativ (`obj`) oder mit Präposition (`of`,
 * `to`, `in`, `for`), damit Artikel und Fall immer stimmen.
 */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  {
    say: 'Schau genauer hin. Jetzt wird es interessant.',
    show: 'Genauer hinsehen',
    see: 'eine langsame Fahrt auf etwas, das man leicht übersieht',
  },
  { say: 'Bleib einen Moment bei diesem Augenblick.', show: 'Ein Augenblick', see: 'ein Standbild, alles hält inne' },
  {
    say: 'Hör hin. Auch die stillen Momente haben etwas zu sagen.',
    show: 'Stille Momente',
    see: 'ein leerer Raum, nur Umgebungsgeräusche',
  },
  {
    say: 'Ein Detail führt zum nächsten, und dann zum übernächsten.',
    show: 'Detail für Detail',
    see: 'eine Kette von Details, aneinandergeschnitten',
  },
  { say: 'Hier scheint die Zeit langsamer zu vergehen.', show: 'Die Zeit wird langsamer', see: 'Zeitlupe, Staub schwebt im Licht' },
  {
    say: 'Das Licht ändert sich, und mit ihm die Stimmung.',
    show: 'Das Licht ändert sich',
    see: 'derselbe Ort, während das Licht wandert',
  },
  { say: 'Alles fügt sich zusammen, Stück für Stück.', show: 'Alles fügt sich', see: 'Teile, die an ihren Platz gleiten' },
  {
    say: 'Und gerade wenn man denkt, man hätte alles gesehen, gibt es mehr.',
    show: 'Da ist noch mehr',
    see: 'eine versteckte Ecke wird sichtbar',
  },
  { say: 'Hier erzählt jede Entscheidung etwas.', show: 'Jede Entscheidung zählt', see: 'kleine Entscheidungen, sichtbar gemacht' },
  { say: 'Lass es wirken, Bild für Bild.', show: 'Bild für Bild', see: 'ein langsamer Schwenk über die ganze Szene' },
]

export const detail: Entry = {
  say: (c) => `Das ist ${c.s.the}${withDetail(c.detail)}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
