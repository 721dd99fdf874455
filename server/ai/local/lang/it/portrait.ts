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
  context: [
    {
      say: 'Per capire, bisogna tornare alle origini.',
      show: 'Le origini',
      see: 'le origini, in una vecchia fotografia',
    },
    {
      say: "Niente di tutto questo è nato dall'oggi al domani. È cresciuto, pezzo dopo pezzo.",
      show: 'Pezzo dopo pezzo',
      see: 'un time-lapse di qualcosa che prende forma',
    },
    {
      say: 'Per molti fa parte della vita di tutti i giorni, quasi senza pensarci.',
      show: 'Parte della vita di ogni giorno',
      see: 'persone comuni in un giorno qualunque',
    },
    {
      say: "Ma se guardi un po' più da vicino, i dettagli cominciano a raccontare una storia.",
      show: 'I dettagli raccontano',
      see: 'una lenta carrellata verso un dettaglio rivelatore',
    },
    {
      say: 'Ecco cosa conta davvero, in pochi semplici passi.',
      show: 'Cosa conta davvero',
      see: 'una composizione pulita degli elementi chiave',
    },
  ],
  development: [
    {
      say: "Partiamo dalle basi: cos'è e perché conta.",
      show: 'Le basi',
      see: (c) => `${c.s.the}, in un'immagine semplice e chiara`,
    },
    {
      say: 'Poi, come funziona, passo dopo passo.',
      show: 'Come funziona',
      see: "ogni passaggio, uno dopo l'altro",
    },
    {
      say: 'Le persone dietro fanno tutta la differenza.',
      show: 'Le persone dietro',
      see: 'volti e mani di chi lo rende possibile',
    },
    {
      say: 'Le piccole scelte si sommano in qualcosa di molto più grande.',
      show: 'Piccole scelte, grande impatto',
      see: "tanti piccoli pezzi che formano un'immagine",
    },
    {
      say: 'Ha un suo ritmo. Una volta che lo vedi, non puoi più ignorarlo.',
      show: 'Trova il ritmo',
      see: 'uno schema che si ripete in movimento',
    },
    {
      say: 'Osserva le texture, i colori, le piccole imperfezioni.',
      show: 'Texture e colori',
      see: 'texture ricche sotto una luce radente',
    },
    {
      say: 'Ogni parte ha uno scopo. Qui niente è per caso.',
      show: 'Niente per caso',
      see: 'pezzi che si incastrano con precisione',
    },
    {
      say: "E continua a cambiare, un po' di più ogni anno.",
      show: 'Sempre in cambiamento',
      see: 'prima e adesso, fianco a fianco',
    },
  ],
  payoff: [
    {
      say: (c) => `Messi insieme tutti i pezzi, vedi ${c.s.the} con occhi nuovi.`,
      show: 'Con occhi nuovi',
      see: (c) => `finalmente, il quadro completo ${c.s.of}`,
    },
    {
      say: (c) => `Ecco cosa rende speciale ${c.s.the}.`,
      show: 'Ciò che fa la differenza',
      see: 'il dettaglio più bello, tenuto sullo schermo',
    },
    {
      say: 'Una volta visto, non lo guardi più allo stesso modo.',
      show: 'Mai più come prima',
      see: 'una lenta rivelazione, da vicino a lontano',
    },
    {
      say: 'Semplice in superficie, sorprendentemente profondo sotto.',
      show: 'Sorprendentemente profondo',
      see: "strati che si svelano uno dopo l'altro",
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
