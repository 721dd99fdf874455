import type { StoryboardPhrases } from '../types.ts'
import { arcs } from './arcs.ts'

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from'])

/** Headline case: "The Robot Who Learns to Paint". Words typed with capitals inside are left alone. */
export const titleCase = (text: string): string =>
  text
    .split(' ')
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ')

export const phrases: StoryboardPhrases = {
  arcs,
  taglines: {
    warm: 'Made with Care',
    funny: 'Seriously Good (Mostly)',
    bold: 'Go Further',
    calm: 'Take It Easy',
    mysterious: 'Look Closer',
    inspiring: 'Start Something',
    elegant: 'Simply Refined',
    nostalgic: 'Like the Good Old Days',
    professional: 'Done Right',
  },
  title: (c) => {
    if (c.kind === 'promo') return `${titleCase(c.s.label)}: ${phrases.taglines[c.mood]}`
    if (c.kind === 'story') return c.detail ? titleCase(`${c.s.the} ${c.detail}`) : `${titleCase(c.s.label)}: A Short Story`
    return `${titleCase(c.s.label)}, Up Close`
  },
  fallbackSubject: 'this idea',
}
