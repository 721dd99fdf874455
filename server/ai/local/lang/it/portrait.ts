import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const portrait: ArcPhrases = {
  hook: [
    {
      say: (c) => `Guarda ${c.s.the} più da vicino. C'è più di quanto sembri.`,
      show: 'Guarda da vicino',
      see: (c) => `${c.s.the}, che emerge lentamente dall'ombra`,
    },
    {
      say: (c) => `C'è qualcosa di speciale ${c.s.in}. Scopriamolo insieme.`,
      show: 'Qualcosa di speciale',
      see: (c) => `una prima immagine sorprendente ${c.s.of}`,
    },
    {
      say: (c) => `Pensi di conoscere ${c.s.the}? Ripensaci.`,
      show: 'Ripensaci',
      see: 'qualcosa di familiare da un angolo insolito',
    },
    {
      say: (c) => `Tutto comincia con una domanda semplice: perché ${c.s.the}?`,
      show: (c) => `Perché ${c.s.the}?`,
      see: 'un solo dettaglio, isolato e intrigante',
    },
  ],
  closing: [
    {
      say: (c) => `La prossima volta che incontri ${c.s.the}, guarda due volte.`,
      show: 'Guarda due volte',
      see: (c) => `${c.s.the} nella luce della sera`,
    },
    {
      say: (c) => `${cap(c.s.the)}, più da vicino di quanto pensi.`,
      show: 'Più da vicino di quanto pensi',
      see: "la camera si allontana piano, il soggetto resta nell'inquadratura",
    },
    {
      say: "Resta curioso. C'è sempre qualcosa da scoprire.",
      show: 'Resta curioso',
      see: 'una porta aperta su una luce intensa',
    },
  ],
}
