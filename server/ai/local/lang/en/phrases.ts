import { joinList } from '../helpers.ts'
import type { Kind, StoryboardPhrases } from '../types.ts'
import { arcs, detail, universal } from './arcs.ts'

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from'])

/** Headline case: "The Robot Who Learns to Paint". Words typed with capitals inside are left alone. */
export const titleCase = (text: string): string =>
  text
    .split(' ')
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ')

/** "A 30-second…" but "An 80-second…": numbers read aloud decide, like words. */
const withArticle = (text: string): string => (/^([aeio]|u(?!ni|se|sa|su)|8|1[18]\b|1[18]-)/i.test(text) ? `An ${text}` : `A ${text}`)

const kindNoun: Record<Kind, string> = { promo: 'ad', story: 'short story', portrait: 'portrait' }

export const phrases: StoryboardPhrases = {
  arcs,
  universal,
  detail,
  flourishes: {
    warm: ['Just the way it should be.', "That's the good stuff."],
    funny: ['Yes, really.', 'Spoiler: it works.'],
    bold: ['No half measures.', 'This is the moment.'],
    calm: ['No rush.', 'Breathe.'],
    mysterious: ['Or so it seems.', 'Look again.'],
    inspiring: ['And that changes everything.', 'It starts here.'],
    elegant: ['Quietly exceptional.', 'Nothing more, nothing less.'],
    nostalgic: ['Just like the old days.', 'Some things never go out of style.'],
    professional: ['Reliable, every time.', 'Clear and simple.'],
  },
  toneNouns: {
    warm: 'warmth',
    funny: 'humor',
    bold: 'energy',
    calm: 'calm',
    mysterious: 'mystery',
    inspiring: 'hope',
    elegant: 'elegance',
    nostalgic: 'nostalgia',
    professional: 'clarity',
  },
  shotLead: {
    wide: 'Wide shot:',
    medium: 'Medium shot:',
    'close-up': 'Close-up:',
    'extreme close-up': 'Extreme close-up:',
    overhead: 'Overhead shot:',
    tracking: 'Tracking shot:',
    pov: 'Point-of-view shot:',
    establishing: 'Establishing shot:',
  },
  look: {
    cinematic: 'Golden-hour light, shallow depth of field, a gentle anamorphic flare.',
    documentary: 'Natural light, handheld camera, honest textures.',
    playful: 'Bright saturated colors, bouncy framing, lots of movement.',
    minimal: 'Clean negative space, soft even light, one clear focal point.',
    retro: 'Warm film grain and faded seventies tones.',
    noir: 'Hard shadows, high contrast, rain-slick highlights.',
    corporate: 'Crisp daylight, clean lines, calm balanced composition.',
    dreamy: 'Soft haze, pastel glow, slowly drifting focus.',
  },
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
  logline: (c) => {
    const about = c.kind === 'promo' ? `for ${c.s.a}` : c.kind === 'story' ? `about ${c.s.a}` : `of ${c.s.the}`
    const subject = c.detail ? `${about} ${c.detail}` : about
    const arc: Record<Kind, string> = {
      promo: 'from a familiar need to a clear reason to act',
      story: 'a beginning, a turn, and an ending that stays with you',
      portrait: 'a closer look at what makes it matter',
    }
    return `${withArticle(`${c.durationSec}-second ${kindNoun[c.kind]}`)} ${subject}, told with ${joinList(c.tones, 'and')}: ${arc[c.kind]}.`
  },
  linkCall: (link) => `Visit ${link}`,
  sceneHeading: (number, from, to) => `Scene ${number} · ${from}–${to}`,
  list: (items) => joinList(items, 'and'),
  fallbackSubject: 'this idea',
}
