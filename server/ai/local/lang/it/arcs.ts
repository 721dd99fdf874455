import type { ArcPhrases, Entry, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/** Scene in italiano per ogni momento di ogni tipo di video. `c.s` è il soggetto, `c.detail` il dettaglio del prompt. */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  {
    say: 'Guarda da vicino. È qui che si fa interessante.',
    show: 'Guarda da vicino',
    see: 'una lenta carrellata su qualcosa di facile da perdere',
  },
  { say: 'Fermati un secondo su questo momento.', show: 'Un momento', see: 'un fermo immagine, tutto in pausa' },
  {
    say: 'Ascolta. Anche i momenti silenziosi hanno qualcosa da dire.',
    show: 'Momenti silenziosi',
    see: 'uno spazio vuoto, solo suono ambiente',
  },
  {
    say: 'Un dettaglio porta a un altro, e poi a un altro ancora.',
    show: 'Un dettaglio alla volta',
    see: 'una catena di dettagli, montati in sequenza',
  },
  { say: 'Qui il tempo sembra rallentare.', show: 'Il tempo rallenta', see: 'rallenty, polvere che fluttua nella luce' },
  { say: "La luce cambia, e con lei l'atmosfera.", show: 'Cambia la luce', see: 'lo stesso luogo mentre la luce cambia' },
  { say: 'Tutto si incastra, pezzo dopo pezzo.', show: 'Tutto si incastra', see: 'pezzi che scivolano al loro posto' },
  { say: "E proprio quando pensi di aver visto tutto, c'è di più.", show: "C'è di più", see: 'un angolo nascosto che si rivela' },
  { say: 'Qui ogni scelta racconta qualcosa.', show: 'Ogni scelta conta', see: 'piccole decisioni rese visibili' },
  {
    say: 'Guardalo con calma, fotogramma dopo fotogramma.',
    show: 'Fotogramma dopo fotogramma',
    see: 'una lenta panoramica su tutta la scena',
  },
]

export const detail: Entry = {
  say: (c) => `Ecco ${c.s.the} ${c.detail ?? ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
