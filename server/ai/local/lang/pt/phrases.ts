import { cap } from '../helpers.ts'
import type { StoryboardPhrases } from '../types.ts'
import { arcs } from './arcs.ts'

export const phrases: StoryboardPhrases = {
  arcs,
  taglines: {
    warm: 'Feito com carinho',
    funny: 'Sério (ou quase)',
    bold: 'Vá mais longe',
    calm: 'Com calma',
    mysterious: 'Olhe mais de perto',
    inspiring: 'Comece algo',
    elegant: 'Simplesmente refinado',
    nostalgic: 'Como nos velhos tempos',
    professional: 'Bem feito',
  },
  title: (c) => {
    if (c.kind === 'promo') return `${c.s.label}: ${phrases.taglines[c.mood]}`
    if (c.kind === 'story') return c.detail ? cap(`${c.s.the} ${c.detail}`) : `${c.s.label}: uma história curta`
    return `${c.s.label} de perto`
  },
  fallbackSubject: 'esta ideia',
}
