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
  context: [
    {
      say: 'Ogni giorno sembrava uguale, e ogni giorno mancava qualcosa.',
      show: 'Mancava qualcosa',
      see: 'la stessa routine, ripetuta, in colori spenti',
    },
    {
      say: 'Il mondo intorno era rumoroso, frenetico e sempre di corsa.',
      show: 'Un mondo di corsa',
      see: 'una folla che passa senza guardare',
    },
    {
      say: "Ma in fondo c'era un desiderio che nessuno aveva ancora ascoltato.",
      show: 'Un desiderio segreto',
      see: 'una finestra di notte, con una sola luce accesa',
    },
    {
      say: 'Poi, una mattina, una piccola cosa cambiò tutto.',
      show: 'Poi, una mattina…',
      see: 'un piccolo oggetto inatteso che cattura la luce',
    },
    {
      say: "Ci sarebbero voluti coraggio, pazienza e un po' di fortuna.",
      show: 'Coraggio. Pazienza. Fortuna.',
      see: "una lunga strada che si perde all'orizzonte",
    },
  ],
  development: [
    {
      say: 'Il primo tentativo andò male. Anche il secondo.',
      show: 'Ancora una volta',
      see: 'un primo tentativo goffo, e poi un altro',
    },
    {
      say: "Passo dopo passo, l'impossibile cominciò a sembrare possibile.",
      show: 'Passo dopo passo',
      see: 'passi su un sentiero, sempre più sicuri',
    },
    {
      say: 'Lungo la strada arrivò un amico inaspettato.',
      show: 'Un amico inaspettato',
      see: 'due sagome che si incontrano sulla strada',
    },
    {
      say: "Ci furono dubbi, notti lunghe e un'idea pessima.",
      show: "Un'idea pessima",
      see: 'un tavolo in disordine sotto una sola lampada',
    },
    {
      say: 'Poi arrivò il momento di scegliere: tornare indietro o andare avanti.',
      show: 'Indietro o avanti?',
      see: 'un bivio sotto un cielo che cambia',
    },
    {
      say: (c) => `E ${c.s.the} andò avanti.`,
      show: 'Andare avanti',
      see: (c) => `${c.s.the} che avanza controvento`,
    },
    {
      say: 'Ogni caduta insegnò qualcosa di nuovo.',
      show: 'Ogni caduta insegna',
      see: 'una piccola riparazione, fatta con cura',
    },
    {
      say: 'E a poco a poco, la meta arrivò a portata di mano.',
      show: 'Quasi',
      see: 'la meta che appare in lontananza',
    },
  ],
  payoff: [
    {
      say: 'E poi, finalmente, accadde.',
      show: 'Finalmente',
      see: 'un lampo di luce e un respiro trattenuto',
    },
    {
      say: 'Non era perfetto. Era meglio che perfetto: era vero.',
      show: 'Meglio che perfetto',
      see: 'un risultato imperfetto e bellissimo',
    },
    {
      say: 'Tutti quelli che avevano dubitato si fermarono a guardare.',
      show: 'Nessuno dubitava più',
      see: 'volti sorpresi che si voltano',
    },
    {
      say: 'Per la prima volta, tutto sembrava al posto giusto.',
      show: 'Tutto al suo posto',
      see: 'una vista ampia e serena dopo la tempesta',
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
