import { cap } from '../helpers.ts'
import type { StoryboardPhrases } from '../types.ts'
import { arcs } from './arcs.ts'

export const phrases: StoryboardPhrases = {
  arcs,
  taglines: {
    warm: 'Hecho con cariño',
    funny: 'Serio, pero no tanto',
    bold: 'Ve más lejos',
    calm: 'Con calma',
    mysterious: 'Mira más de cerca',
    inspiring: 'Empieza algo',
    elegant: 'Simplemente refinado',
    nostalgic: 'Como en los viejos tiempos',
    professional: 'Bien hecho',
  },
  title: (c) => {
    if (c.kind === 'promo') return `${c.s.label}: ${phrases.taglines[c.mood]}`
    if (c.kind === 'story') return c.detail ? cap(`${c.s.the} ${c.detail}`) : `${c.s.label}: una historia corta`
    return `${c.s.label}, de cerca`
  },
  fallbackSubject: 'esta idea',
}
