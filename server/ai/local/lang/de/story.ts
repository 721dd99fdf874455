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
  context: [
    {
      say: 'Jeder Tag sah gleich aus, und jeden Tag fehlte etwas.',
      show: 'Etwas fehlte',
      see: 'dieselbe Routine, wiederholt, in matten Farben',
    },
    {
      say: 'Die Welt ringsum war laut, hektisch und immer in Eile.',
      show: 'Eine Welt in Eile',
      see: 'eine Menschenmenge, die vorbeieilt, ohne hinzusehen',
    },
    {
      say: 'Doch tief drinnen gab es einen Wunsch, den noch niemand gehört hatte.',
      show: 'Ein geheimer Wunsch',
      see: 'ein Fenster in der Nacht, nur ein Licht brennt noch',
    },
    {
      say: 'Dann, eines Morgens, veränderte etwas Kleines alles.',
      show: 'Dann, eines Morgens …',
      see: 'ein kleiner, unerwarteter Gegenstand fängt das Licht',
    },
    {
      say: 'Es würde Mut brauchen, Geduld und ein bisschen Glück.',
      show: 'Mut. Geduld. Glück.',
      see: 'eine lange Straße, die zum Horizont führt',
    },
  ],
  development: [
    {
      say: 'Der erste Versuch ging schief. Der zweite auch.',
      show: 'Noch einmal',
      see: 'ein ungeschickter erster Versuch, dann noch einer',
    },
    {
      say: 'Schritt für Schritt schien das Unmögliche plötzlich möglich.',
      show: 'Schritt für Schritt',
      see: 'Schritte auf einem Weg, immer sicherer',
    },
    {
      say: 'Unterwegs tauchte ein unerwarteter Freund auf.',
      show: 'Ein unerwarteter Freund',
      see: 'zwei Silhouetten treffen sich auf dem Weg',
    },
    {
      say: 'Es gab Zweifel, lange Nächte und eine sehr schlechte Idee.',
      show: 'Eine sehr schlechte Idee',
      see: 'ein chaotischer Tisch unter einer einzigen Lampe',
    },
    {
      say: 'Dann kam der Moment der Entscheidung: umkehren oder weitermachen.',
      show: 'Umkehren oder weitermachen?',
      see: 'eine Weggabelung unter wechselndem Himmel',
    },
    {
      say: (c) => `Und ${c.s.the} machte weiter.`,
      show: 'Weitermachen',
      see: (c) => `${c.s.the}, unterwegs gegen den Wind`,
    },
    {
      say: 'Jeder Rückschlag lehrte etwas Neues.',
      show: 'Jeder Rückschlag lehrt',
      see: 'eine kleine Reparatur, sorgfältig ausgeführt',
    },
    {
      say: 'Und langsam rückte das Ziel in Reichweite.',
      show: 'Fast geschafft',
      see: 'das Ziel taucht in der Ferne auf',
    },
  ],
  payoff: [
    {
      say: 'Und dann, endlich, geschah es.',
      show: 'Endlich',
      see: 'ein Lichtblitz und ein angehaltener Atem',
    },
    {
      say: 'Es war nicht perfekt. Es war besser als perfekt: Es war echt.',
      show: 'Besser als perfekt',
      see: 'ein unvollkommenes, wunderschönes Ergebnis',
    },
    {
      say: 'Alle, die gezweifelt hatten, blieben stehen und staunten.',
      show: 'Niemand zweifelte mehr',
      see: 'überraschte Gesichter, die sich umdrehen',
    },
    {
      say: 'Zum ersten Mal fühlte sich alles genau richtig an.',
      show: 'Genau richtig',
      see: 'ein weiter, ruhiger Blick nach dem Sturm',
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
