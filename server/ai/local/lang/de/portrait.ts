import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const portrait: ArcPhrases = {
  hook: [
    {
      say: (c) => `Schau dir ${c.s.obj} einmal genauer an. Da steckt mehr dahinter, als man denkt.`,
      show: 'Genauer hinsehen',
      see: (c) => `${c.s.the}, langsam aus dem Schatten enthüllt`,
    },
    {
      say: (c) => `Warum lohnt sich ein zweiter Blick auf ${c.s.obj}? Finden wir es heraus.`,
      show: 'Ein zweiter Blick lohnt sich',
      see: (c) => `ein eindrucksvoller erster Blick auf ${c.s.obj}`,
    },
    {
      say: (c) => `Du glaubst, du kennst ${c.s.obj}? Denk noch mal nach.`,
      show: 'Denk noch mal nach',
      see: 'etwas Vertrautes aus ungewohntem Winkel',
    },
    {
      say: (c) => `Alles beginnt mit einer einfachen Frage: Warum gerade ${c.s.the}?`,
      show: (c) => `Warum ${c.s.the}?`,
      see: 'ein einzelnes Detail, isoliert und rätselhaft',
    },
  ],
  closing: [
    {
      say: (c) => `Wenn du ${c.s.obj} das nächste Mal siehst, schau zweimal hin.`,
      show: 'Schau zweimal hin',
      see: (c) => `${c.s.the} im Abendlicht`,
    },
    {
      say: (c) => `${cap(c.s.the)}: näher, als du denkst.`,
      show: 'Näher, als du denkst',
      see: 'die Kamera entfernt sich langsam, das Motiv bleibt im Bild',
    },
    {
      say: 'Bleib neugierig. Es gibt immer mehr zu entdecken.',
      show: 'Bleib neugierig',
      see: 'eine offene Tür, hinter der helles Licht wartet',
    },
  ],
}
