import { cap } from '../helpers.ts'
import type { ArcPhrases, Entry, Kind } from '../types.ts'

/** Scene in italiano per ogni momento di ogni tipo di video. `c.s` è il soggetto, `c.detail` il dettaglio del prompt. */

const promo: ArcPhrases = {
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
  context: [
    {
      say: 'Ci siamo passati tutti: va fatto, va fatto bene, e va fatto oggi.',
      show: 'Fatto bene. Oggi.',
      see: 'una giornata piena, un orologio che corre sulla parete',
    },
    {
      say: "La vita è già abbastanza piena. L'ultima cosa che ti serve è accontentarti.",
      show: 'Niente compromessi',
      see: "gente di corsa, un po' sopraffatta",
    },
    {
      say: 'Vuoi qualcuno che prima ascolti e poi faccia centro al primo colpo.',
      show: 'Prima, ascoltare',
      see: 'una conversazione cordiale al bancone',
    },
    {
      say: 'Le alternative non mancano. Tu vuoi quella giusta per te.',
      show: 'Quella giusta per te',
      see: 'diverse scelte affiancate, una che spicca',
    },
    {
      say: (c) => `Ed è proprio questa l'idea alla base ${c.s.of}.`,
      show: "L'idea di fondo",
      see: (c) => `l'insegna ${c.s.of} che cattura la luce`,
    },
  ],
  development: [
    {
      say: (c) => `${cap(c.s.in)}, tutto comincia da persone vere che curano ogni dettaglio.`,
      show: 'Persone vere. Cura vera.',
      see: 'mani al lavoro, concentrate e senza fretta',
    },
    {
      say: 'Ogni dettaglio conta: quelli che vedi e quelli che non vedi.',
      show: 'Ogni dettaglio conta',
      see: 'piccoli dettagli perfettamente a fuoco',
    },
    {
      say: 'Niente scorciatoie e niente sorprese: solo lavoro onesto, che si vede.',
      show: 'Niente scorciatoie. Niente sorprese.',
      see: 'il lavoro in corso, chiaro e onesto',
    },
    {
      say: 'Chiedi pure. Avrai una risposta chiara e un sorriso.',
      show: 'Risposte chiare',
      see: "un sorriso dall'altra parte del bancone",
    },
    {
      say: 'Veloce quando serve, accurato dove conta.',
      show: 'Veloce. Accurato.',
      see: 'un gesto rapido e preciso, poi un ultimo controllo',
    },
    {
      say: 'I clienti abituali tornano per un motivo, e i nuovi capiscono presto perché.',
      show: 'Si torna per un motivo',
      see: 'un cliente abituale salutato per nome',
    },
    {
      say: "Dietro ogni risultato c'è esperienza, costruita giorno dopo giorno.",
      show: 'Esperienza, giorno dopo giorno',
      see: 'attrezzi consumati, allineati in ordine',
    },
    {
      say: (c) => `${cap(c.s.the)}: il genere di posto di cui parli agli amici.`,
      show: 'Dillo agli amici',
      see: 'due amici che chiacchierano, uno indica la strada',
    },
  ],
  payoff: [
    {
      say: 'Il risultato? Esci con un sorriso, e tutto funziona.',
      show: 'Tutto funziona',
      see: 'un cliente felice che esce dalla porta',
    },
    {
      say: (c) => `È proprio questa la sensazione che trovi ${c.s.in}.`,
      show: 'Quella sensazione',
      see: 'un momento tranquillo di soddisfazione',
    },
    {
      say: 'Meno pensieri, e più tempo per ciò che ami.',
      show: 'Più tempo per ciò che ami',
      see: 'qualcuno che si gode il resto della giornata, spensierato',
    },
    {
      say: 'Semplice, cordiale e fatto bene. Proprio come dovrebbe essere.',
      show: 'Come dovrebbe essere',
      see: 'un lavoro finito, mostrato con orgoglio',
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

const story: ArcPhrases = {
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

const portrait: ArcPhrases = {
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

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  { say: 'Guarda da vicino. È qui che si fa interessante.', show: 'Guarda da vicino', see: 'una lenta carrellata su qualcosa di facile da perdere' },
  { say: 'Fermati un secondo su questo momento.', show: 'Un momento', see: 'un fermo immagine, tutto in pausa' },
  { say: 'Ascolta. Anche i momenti silenziosi hanno qualcosa da dire.', show: 'Momenti silenziosi', see: 'uno spazio vuoto, solo suono ambiente' },
  { say: 'Un dettaglio porta a un altro, e poi a un altro ancora.', show: 'Un dettaglio alla volta', see: 'una catena di dettagli, montati in sequenza' },
  { say: 'Qui il tempo sembra rallentare.', show: 'Il tempo rallenta', see: 'rallenty, polvere che fluttua nella luce' },
  { say: "La luce cambia, e con lei l'atmosfera.", show: 'Cambia la luce', see: 'lo stesso luogo mentre la luce cambia' },
  { say: 'Tutto si incastra, pezzo dopo pezzo.', show: 'Tutto si incastra', see: 'pezzi che scivolano al loro posto' },
  { say: "E proprio quando pensi di aver visto tutto, c'è di più.", show: "C'è di più", see: 'un angolo nascosto che si rivela' },
]

export const detail: Entry = {
  say: (c) => `Ecco ${c.s.the} ${c.detail ?? ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
