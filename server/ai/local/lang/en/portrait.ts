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
