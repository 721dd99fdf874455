import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const portrait: ArcPhrases = {
  hook: [
    {
      say: (c) => `Take a closer look at ${c.s.the}. There's more here than meets the eye.`,
      show: 'Look closer',
      see: (c) => `${c.s.the}, revealed slowly from the shadows`,
    },
    {
      say: (c) => `What makes ${c.s.the} worth a second look? Let's find out.`,
      show: 'Worth a second look',
      see: (c) => `a striking first view of ${c.s.the}`,
    },
    {
      say: (c) => `You might think you know ${c.s.the}. Think again.`,
      show: 'Think again',
      see: 'a familiar sight from an unfamiliar angle',
    },
    {
      say: (c) => `It starts with a simple question: why ${c.s.the}?`,
      show: (c) => `Why ${c.s.label}?`,
      see: 'a single detail, isolated and intriguing',
    },
  ],
  context: [
    {
      say: 'To understand it, start with where it all comes from.',
      show: 'Where it comes from',
      see: 'the origins, shown in an old photograph',
    },
    {
      say: "It didn't appear overnight. It grew, piece by piece.",
      show: 'Piece by piece',
      see: 'a time-lapse of something taking shape',
    },
    {
      say: "For many people it's part of everyday life, often without a second thought.",
      show: 'Part of everyday life',
      see: 'ordinary people on an ordinary day',
    },
    {
      say: 'But look a little closer, and the details start to tell a story.',
      show: 'The details tell a story',
      see: 'a slow push-in on a telling detail',
    },
    {
      say: "Here's what matters most, in a few simple steps.",
      show: 'What matters most',
      see: 'a clean layout of the key elements',
    },
  ],
  development: [
    {
      say: 'Start with the basics: what it is, and why it matters.',
      show: 'The basics',
      see: (c) => `${c.s.the}, shown simply and clearly`,
    },
    {
      say: "Then there's how it works, one step at a time.",
      show: 'How it works',
      see: 'each step shown in sequence',
    },
    {
      say: 'The people behind it make all the difference.',
      show: 'The people behind it',
      see: 'faces and hands of the people involved',
    },
    {
      say: 'Small choices add up to something much bigger.',
      show: 'Small choices, big impact',
      see: 'many small pieces forming one picture',
    },
    {
      say: "There's a rhythm to it. Once you see it, you can't unsee it.",
      show: 'Find the rhythm',
      see: 'a repeating pattern in motion',
    },
    {
      say: 'Notice the textures, the colors, the little imperfections.',
      show: 'Textures and colors',
      see: 'rich textures in raking light',
    },
    {
      say: 'Every part has a purpose. Nothing here is an accident.',
      show: 'Nothing by accident',
      see: 'parts fitting together precisely',
    },
    {
      say: 'And it keeps changing, a little more every year.',
      show: 'Always changing',
      see: 'then and now, side by side',
    },
  ],
  payoff: [
    {
      say: (c) => `Put it all together, and ${c.s.the} makes sense in a whole new way.`,
      show: 'A whole new view',
      see: (c) => `the full picture of ${c.s.the} at last`,
    },
    {
      say: (c) => `That is what makes ${c.s.the} special.`,
      show: 'What makes it special',
      see: 'the most beautiful detail, held on screen',
    },
    {
      say: 'Once you see it, you never look at it the same way again.',
      show: 'Never the same again',
      see: 'a slow reveal from close to wide',
    },
    {
      say: 'Simple on the surface, and surprisingly deep underneath.',
      show: 'Surprisingly deep',
      see: 'layers peeling back one by one',
    },
  ],
  closing: [
    {
      say: (c) => `Next time you come across ${c.s.the}, take a second look.`,
      show: 'Take a second look',
      see: (c) => `${c.s.the} in the evening light`,
    },
    {
      say: (c) => `${cap(c.s.the)}: closer than you think.`,
      show: 'Closer than you think',
      see: 'the camera drifting away, leaving the subject in frame',
    },
    {
      say: "Stay curious. There's always more to discover.",
      show: 'Stay curious',
      see: 'a door left open onto bright light',
    },
  ],
}
