import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const promo: ArcPhrases = {
  hook: [
    {
      say: (c) => `Cerchi ${c.s.a} di cui fidarti davvero? Resta qui.`,
      show: (c) => `Cerchi ${c.s.a}?`,
      see: (c) => `qualcuno si ferma, incuriosito, davanti ${c.s.to}`,
    },
    {
      say: (c) => `Alcuni posti fanno semplicemente le cose per bene. Eccone uno: ${c.s.the}.`,
      show: 'Chi fa le cose per bene',
      see: (c) => `l'ingresso ${c.s.of} alla prima luce del giorno`,
    },
    {
      say: (c) => `Fermati un secondo. Qui si parla ${c.s.of}.`,
      show: 'Fermati un secondo.',
      see: (c) => `un pollice si blocca a metà scorrimento, e ${c.s.the} riempie lo schermo`,
    },
    {
      say: 'Conosci quella sensazione quando tutto funziona e basta? Te la mostriamo.',
      show: 'Funziona e basta',
      see: (c) => `un momento rapido e soddisfacente ${c.s.in}`,
    },
  ],
  closing: [
    {
      say: (c) => `Scopri ${c.s.the} oggi stesso. Ti chiederai perché hai aspettato tanto.`,
      show: 'Da scoprire oggi',
      see: (c) => `${c.s.the}, porte aperte e luci accese`,
    },
    {
      say: (c) => `Prova ${c.s.the} e senti la differenza.`,
      show: 'Senti la differenza',
      see: (c) => `il logo ${c.s.of} su uno sfondo pulito`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Per te, quando vuoi.`,
      show: 'Quando vuoi',
      see: (c) => `un'accoglienza calorosa ${c.s.in}`,
    },
  ],
}
