import { cap } from '../helpers.ts'
import type { StoryboardPhrases } from '../types.ts'
import { arcs } from './arcs.ts'

export const phrases: StoryboardPhrases = {
  arcs,
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
  fallbackSubject: 'questa idea',
}
