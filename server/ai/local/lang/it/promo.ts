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
