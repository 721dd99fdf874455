import { withDetail } from './words.ts'
import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `Es war einmal ${c.s.a}${withDetail(c.detail)}.`,
      show: (c) => (c.detail ? cap(`${c.s.a}${withDetail(c.detail)}`) : c.s.label),
      see: (c) => `ein erster Blick auf ${c.s.obj}, allein im Bild`,
    },
    {
      say: 'Alles begann an einem ganz gewöhnlichen Tag, wie die besten Geschichten.',
      show: 'Ein gewöhnlicher Tag',
      see: 'ein ruhiger Morgen, noch ist alles an seinem Platz',
    },
    {
      say: 'Niemand erwartete viel. Das war der erste Fehler.',
      show: 'Niemand erwartete viel',
      see: (c) => `${c.s.the} vor einer riesigen Welt`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Klein, unscheinbar, und doch besonders.`,
      show: 'Unscheinbar und doch besonders',
      see: 'eine Märchenlandschaft, die langsam scharf wird',
    },
  ],
  closing: [
    {
      say: 'Manchmal haben die kleinsten Geschichten das größte Herz.',
      show: 'Ende',
      see: 'die Kamera fährt zurück, das Licht wird schwächer',
    },
    {
      say: (c) => `Und so begann die Geschichte ${c.s.of}, statt zu enden.`,
      show: 'Erst der Anfang',
      see: 'ein neuer Tag bricht am Horizont an',
    },
    {
      say: 'Denk an diese Geschichte, wenn dir das nächste Mal etwas unmöglich erscheint.',
      show: 'Nichts ist unmöglich',
      see: 'ein letzter Blick zurück, dann ein Lächeln',
    },
  ],
}
