import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const promo: ArcPhrases = {
  hook: [
    {
      say: (c) => `Looking for ${c.s.a} you can actually count on? Stay right here.`,
      show: (c) => `Looking for ${c.s.a}?`,
      see: (c) => `someone pausing in front of ${c.s.the}, curious`,
    },
    {
      say: (c) => `Some places just get it right. Here is one of them: ${c.s.the}.`,
      show: 'Some get it right',
      see: (c) => `the entrance of ${c.s.the} in the first light of the day`,
    },
    {
      say: (c) => `Stop scrolling for a second. This one is about ${c.s.the}.`,
      show: 'Stop scrolling.',
      see: (c) => `a thumb freezing mid-scroll, then ${c.s.the} filling the frame`,
    },
    {
      say: 'You know that feeling when something simply works? Let us show you.',
      show: 'It simply works',
      see: (c) => `a quick, satisfying moment at ${c.s.the}`,
    },
  ],
  closing: [
    {
      say: (c) => `Discover ${c.s.the} today. You'll wonder why you waited.`,
      show: 'Discover it today',
      see: (c) => `${c.s.the}, doors open and lights on`,
    },
    {
      say: (c) => `Give ${c.s.the} a try, and see the difference for yourself.`,
      show: 'See the difference',
      see: (c) => `the logo of ${c.s.the} on a clean background`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Made for you, and ready when you are.`,
      show: 'Ready when you are',
      see: (c) => `a warm welcome at ${c.s.the}`,
    },
  ],
}
