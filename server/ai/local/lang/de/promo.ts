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
