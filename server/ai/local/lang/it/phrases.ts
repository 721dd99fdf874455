import { cap, joinList } from '../helpers.ts'
import type { Kind, StoryboardPhrases } from '../types.ts'
import { arcs, detail, universal } from './arcs.ts'

const list = (items: string[]): string => joinList(items, 'e')

export const phrases: StoryboardPhrases = {
  arcs,
  universal,
  detail,
  flourishes: {
    warm: ['Proprio come dovrebbe essere.', 'Ed è questo il bello.'],
    funny: ['Sì, davvero.', 'Spoiler: funziona.'],
    bold: ['Niente mezze misure.', 'Questo è il momento.'],
    calm: ['Senza fretta.', 'Respira.'],
    mysterious: ['O almeno così sembra.', 'Guarda di nuovo.'],
    inspiring: ['E questo cambia tutto.', 'Tutto comincia qui.'],
    elegant: ['Discretamente eccezionale.', 'Niente di più, niente di meno.'],
    nostalgic: ['Come ai vecchi tempi.', 'Certe cose non passano mai di moda.'],
    professional: ['Affidabile, sempre.', 'Chiaro e semplice.'],
  },
  toneNouns: {
    warm: 'calore',
    funny: 'umorismo',
    bold: 'energia',
    calm: 'calma',
    mysterious: 'mistero',
    inspiring: 'speranza',
    elegant: 'eleganza',
    nostalgic: 'nostalgia',
    professional: 'chiarezza',
  },
  shotLead: {
    wide: 'Campo lungo:',
    medium: 'Piano medio:',
    'close-up': 'Primo piano:',
    'extreme close-up': 'Primissimo piano:',
    overhead: "Inquadratura dall'alto:",
    tracking: 'Carrellata:',
    pov: 'Soggettiva:',
    establishing: 'Campo lunghissimo:',
  },
  look: {
    cinematic: "Luce dell'ora dorata, profondità di campo ridotta, un leggero flare anamorfico.",
    documentary: 'Luce naturale, camera a mano, texture autentiche.',
    playful: 'Colori vivaci e saturi, inquadrature giocose, tanto movimento.',
    minimal: 'Spazio negativo pulito, luce morbida e uniforme, un solo punto focale.',
    retro: 'Grana di pellicola calda e toni sbiaditi anni Settanta.',
    noir: 'Ombre nette, alto contrasto, riflessi di asfalto bagnato.',
    corporate: 'Luce del giorno nitida, linee pulite, composizione equilibrata.',
    dreamy: 'Foschia morbida, bagliore pastello, messa a fuoco che fluttua lenta.',
  },
  taglines: {
    warm: 'Fatto con cura',
    funny: 'Seriamente buono (quasi)',
    bold: 'Vai oltre',
    calm: 'Con calma',
    mysterious: 'Guarda più da vicino',
    inspiring: 'Inizia qualcosa',
    elegant: 'Semplicemente raffinato',
    nostalgic: 'Come ai vecchi tempi',
    professional: 'Fatto bene',
  },
  title: (c) => {
    if (c.kind === 'promo') return `${c.s.label}: ${phrases.taglines[c.mood]}`
    if (c.kind === 'story') return c.detail ? cap(`${c.s.the} ${c.detail}`) : `${c.s.label}: una breve storia`
    return `${c.s.label}, da vicino`
  },
  logline: (c) => {
    const detail = c.detail ? ` ${c.detail}` : ''
    const tones = list(c.tones)
    const byKind: Record<Kind, string> = {
      promo: `Uno spot di ${c.durationSec} secondi per ${c.s.a}${detail}, con ${tones}: da un bisogno familiare a un motivo chiaro per agire.`,
      story: `Una breve storia di ${c.durationSec} secondi su ${c.s.a}${detail}, raccontata con ${tones}: un inizio, una svolta e un finale che resta.`,
      portrait: `Un ritratto di ${c.durationSec} secondi ${c.s.of}${detail}, con ${tones}: uno sguardo da vicino su ciò che conta.`,
    }
    return byKind[c.kind]
  },
  linkCall: (link) => `Visita ${link}`,
  sceneHeading: (number, from, to) => `Scena ${number} · ${from}–${to}`,
  list,
  fallbackSubject: 'questa idea',
}
