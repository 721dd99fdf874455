import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `This is the story of ${c.s.a}${c.detail ? ` ${c.detail}` : ''}.`,
      show: (c) => (c.detail ? cap(`${c.s.a} ${c.detail}`) : c.s.label),
      see: (c) => `a first glimpse of ${c.s.the}, alone in the frame`,
    },
    {
      say: 'It began on an ordinary day, the way the best stories do.',
      show: 'An ordinary day',
      see: 'a quiet morning with nothing out of place, yet',
    },
    {
      say: (c) => `Nobody expected much from ${c.s.the}. That was their first mistake.`,
      show: 'Nobody expected much',
      see: (c) => `${c.s.the}, small against a very big world`,
    },
    {
      say: (c) => `Once, not so long ago, there was ${c.s.a}.`,
      show: 'Once upon a time',
      see: 'a storybook landscape slowly coming into focus',
    },
  ],
  closing: [
    {
      say: 'Sometimes the smallest stories carry the biggest hearts.',
      show: 'The End',
      see: 'the camera pulling back as the light fades',
    },
    {
      say: (c) => `And that is how the story of ${c.s.the} began, not ended.`,
      show: 'Just the beginning',
      see: 'a new day rising over the horizon',
    },
    {
      say: 'Remember this one the next time something feels impossible.',
      show: 'Nothing is impossible',
      see: 'a last look back, then a smile',
    },
  ],
}
