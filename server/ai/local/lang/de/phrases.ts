import { withDetail } from './words.ts'
import { cap } from '../helpers.ts'
import type { StoryboardPhrases } from '../types.ts'
import { arcs } from './arcs.ts'

export const phrases: StoryboardPhrases = {
  arcs,
  taglines: {
    warm: 'Mit Liebe gemacht',
    funny: 'Ernsthaft gut (meistens)',
    bold: 'Weiter gehen',
    calm: 'Ganz entspannt',
    mysterious: 'Genauer hinsehen',
    inspiring: 'Fang etwas an',
    elegant: 'Einfach edel',
    nostalgic: 'Wie in alten Zeiten',
    professional: 'Gut gemacht',
  },
  title: (c) => {
    if (c.kind === 'promo') return `${c.s.label}: ${phrases.taglines[c.mood]}`
    if (c.kind === 'story') return c.detail ? cap(`${c.s.the}${withDetail(c.detail)}`) : `${c.s.label}: eine kurze Geschichte`
    return `${c.s.label} aus der Nähe`
  },
  fallbackSubject: 'diese Idee',
}
