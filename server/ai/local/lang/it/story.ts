import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `Questa è la storia di ${c.s.a}${c.detail ? ` ${c.detail}` : ''}.`,
      show: (c) => (c.detail ? cap(`${c.s.a} ${c.detail}`) : c.s.label),
      see: (c) => `un primo sguardo ${c.s.to}, al centro dell'inquadratura`,
    },
    {
      say: 'Tutto è cominciato in un giorno qualunque, come le storie migliori.',
      show: 'Un giorno qualunque',
      see: 'una mattina tranquilla, tutto ancora al suo posto',
    },
    {
      say: 'Nessuno ci credeva davvero. Primo errore.',
      show: 'Nessuno ci credeva',
      see: (c) => `${c.s.the} davanti a un mondo immenso`,
    },
    {
      say: (c) => `C'era una volta, non molto tempo fa, ${c.s.a}.`,
      show: "C'era una volta",
      see: 'un paesaggio da fiaba che a poco a poco prende forma',
    },
  ],
  closing: [
    {
      say: 'A volte le storie più piccole hanno il cuore più grande.',
      show: 'Fine',
      see: 'la camera si allontana mentre la luce si spegne',
    },
    {
      say: (c) => `Ed è così che la storia ${c.s.of} è cominciata, non finita.`,
      show: "Solo l'inizio",
      see: "un nuovo giorno che sorge all'orizzonte",
    },
    {
      say: 'Ricorda questa storia la prossima volta che qualcosa ti sembra impossibile.',
      show: 'Niente è impossibile',
      see: 'un ultimo sguardo indietro, poi un sorriso',
    },
  ],
}
