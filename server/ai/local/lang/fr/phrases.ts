import { cap } from '../helpers.ts'
import type { StoryboardPhrases } from '../types.ts'
import { arcs } from './arcs.ts'

export const phrases: StoryboardPhrases = {
  arcs,
  taglines: {
    warm: 'Fait avec soin',
    funny: 'Sérieux (ou presque)',
    bold: 'Allez plus loin',
    calm: 'En toute sérénité',
    mysterious: 'Regardez de plus près',
    inspiring: 'Lancez-vous',
    elegant: 'Tout simplement raffiné',
    nostalgic: 'Comme au bon vieux temps',
    professional: 'Du travail bien fait',
  },
  title: (c) => {
    if (c.kind === 'promo') return `${c.s.label} : ${phrases.taglines[c.mood]}`
    if (c.kind === 'story') return c.detail ? cap(`${c.s.the} ${c.detail}`) : `${c.s.label} : une courte histoire`
    return `${c.s.label}, de près`
  },
  fallbackSubject: 'cette idée',
}
