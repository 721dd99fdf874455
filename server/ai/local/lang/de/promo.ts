import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const promo: ArcPhrases = {
  hook: [
    {
      say: (c) => `Heute geht es um ${c.s.obj}. Bleib dran, es lohnt sich.`,
      show: (c) => `Heute: ${c.s.label}`,
      see: (c) => `ein neugieriger Blick auf ${c.s.obj}`,
    },
    {
      say: (c) => `Manche Orte machen einfach alles richtig. Einer davon: ${c.s.the}.`,
      show: 'Manche machen es einfach richtig',
      see: (c) => `der Eingang ${c.s.of} im ersten Morgenlicht`,
    },
    {
      say: (c) => `Kurz mal nicht weiterscrollen. Hier geht es um ${c.s.obj}.`,
      show: 'Kurz anhalten.',
      see: (c) => `ein Daumen stoppt mitten im Scrollen, dann füllt ${c.s.the} das Bild`,
    },
    {
      say: 'Kennst du das Gefühl, wenn einfach alles funktioniert? Wir zeigen es dir.',
      show: 'Es funktioniert einfach',
      see: (c) => `ein kurzer, zufriedener Moment ${c.s.in}`,
    },
  ],
  context: [
    {
      say: 'Kennen wir alle: Es muss erledigt werden, richtig und am besten heute.',
      show: 'Richtig. Und heute.',
      see: 'ein voller Tag, eine tickende Uhr an der Wand',
    },
    {
      say: 'Das Leben ist schon stressig genug. Kompromisse brauchst du nicht auch noch.',
      show: 'Keine Kompromisse',
      see: 'Menschen hasten vorbei, ein wenig überfordert',
    },
    {
      say: 'Du willst jemanden, der erst zuhört und es dann gleich richtig macht.',
      show: 'Erst zuhören',
      see: 'ein freundliches Gespräch an der Theke',
    },
    {
      say: 'Auswahl gibt es genug. Du willst die, die sich richtig anfühlt.',
      show: 'Die richtige Wahl',
      see: 'mehrere Möglichkeiten nebeneinander, eine sticht heraus',
    },
    {
      say: (c) => `Und genau dafür gibt es ${c.s.obj}.`,
      show: 'Genau dafür',
      see: (c) => `das Schild ${c.s.of} im Licht`,
    },
  ],
  development: [
    {
      say: (c) => `${cap(c.s.in)} fängt alles mit echten Menschen an, denen jedes Detail wichtig ist.`,
      show: 'Echte Menschen. Echte Sorgfalt.',
      see: 'Hände bei der Arbeit, konzentriert und ohne Eile',
    },
    {
      say: 'Jedes Detail zählt: die, die man sieht, und die, die man nicht sieht.',
      show: 'Jedes Detail zählt',
      see: 'kleine Details, gestochen scharf',
    },
    {
      say: 'Keine Abkürzungen, keine Überraschungen, nur ehrliche Arbeit, die man sieht.',
      show: 'Keine Abkürzungen. Keine Überraschungen.',
      see: 'die Arbeit im Gange, klar und ehrlich',
    },
    {
      say: 'Frag ruhig alles. Du bekommst eine klare Antwort und ein freundliches Gesicht.',
      show: 'Klare Antworten',
      see: 'ein Lächeln über die Theke hinweg',
    },
    {
      say: 'Schnell, wenn es schnell gehen muss, und sorgfältig, wo es darauf ankommt.',
      show: 'Schnell. Sorgfältig.',
      see: 'ein schneller, präziser Handgriff, dann eine letzte Kontrolle',
    },
    {
      say: 'Stammkunden kommen aus gutem Grund wieder, und Neue merken schnell, warum.',
      show: 'Aus gutem Grund',
      see: 'ein Stammkunde wird mit Namen begrüßt',
    },
    {
      say: 'Hinter jedem Ergebnis steckt Können, Tag für Tag aufgebaut.',
      show: 'Können, Tag für Tag',
      see: 'abgenutztes Werkzeug, ordentlich aufgereiht',
    },
    {
      say: (c) => `${cap(c.s.the)}: genau die Art Ort, von der man Freunden erzählt.`,
      show: 'Erzähl es weiter',
      see: 'zwei Freunde im Gespräch, einer zeigt den Weg',
    },
  ],
  payoff: [
    {
      say: 'Das Ergebnis? Du gehst mit einem Lächeln, und alles funktioniert.',
      show: 'Alles funktioniert',
      see: 'ein glücklicher Kunde auf dem Weg nach draußen',
    },
    {
      say: (c) => `Um genau dieses Gefühl geht es ${c.s.in}.`,
      show: 'Dieses Gefühl',
      see: 'ein ruhiger Moment der Zufriedenheit',
    },
    {
      say: 'Weniger Sorgen und mehr Zeit für das, was du liebst.',
      show: 'Mehr Zeit für das, was du liebst',
      see: 'jemand genießt den Rest des Tages, unbeschwert',
    },
    {
      say: 'Einfach, herzlich und gut gemacht. Genau so, wie es sein soll.',
      show: 'Genau so, wie es sein soll',
      see: 'ein fertiges Ergebnis, stolz präsentiert',
    },
  ],
  closing: [
    {
      say: (c) => `Entdecke ${c.s.obj} noch heute. Du wirst dich fragen, warum du so lange gewartet hast.`,
      show: 'Heute entdecken',
      see: (c) => `${c.s.the}, Türen offen, Licht an`,
    },
    {
      say: (c) => `Probier ${c.s.obj} aus und erlebe den Unterschied selbst.`,
      show: 'Erlebe den Unterschied',
      see: (c) => `das Logo ${c.s.of} auf klarem Hintergrund`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Für dich gemacht, und bereit, wenn du es bist.`,
      show: 'Bereit, wenn du es bist',
      see: (c) => `ein herzlicher Empfang ${c.s.in}`,
    },
  ],
}
